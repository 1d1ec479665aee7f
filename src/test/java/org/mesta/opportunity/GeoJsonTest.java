package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mesta.map.BoundingBox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written clustered GeoJSON is valid JSON with the features the map reads. */
class GeoJsonTest {

    @Test
    void clusters_are_written_as_a_geojson_feature_collection() {
        String json = GeoJson.clustersJson(
                List.of(new Cluster(3, 46.0514123456, 14.5060987654), new Cluster(7, -1.2921, 36.8219)));
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(root.get("clustered").asBoolean()).isTrue();
        assertThat(root.get("total").asInt()).isEqualTo(10);
        JsonNode first = root.get("features").get(0);
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(14.5061);
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(46.05141);
        assertThat(first.get("properties").get("count").asInt()).isEqualTo(3);
        assertThat(root.get("features").get(1).get("properties").get("cluster").asBoolean())
                .isTrue();
        assertThat(GeoJson.clustersJson(List.of()))
                .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[],\"clustered\":true,\"total\":0}");
    }

    @Test
    void nearby_viewports_share_one_grid_aligned_to_its_cells() {
        var a = MapGrid.around(new BoundingBox(46.001, 14.401, 46.111, 14.621));
        var b = MapGrid.around(new BoundingBox(46.004, 14.405, 46.114, 14.625));
        assertThat(a.cell()).isEqualTo(1.0 / 64); // a power of two, about a tenth of the 0.22° viewport
        assertThat(a).isEqualTo(b);
        assertThat(a.box().minLatitude()).isLessThanOrEqualTo(46.001);
        assertThat(a.box().maxLongitude()).isGreaterThanOrEqualTo(14.621);
        assertThat(a.box().minLatitude() / a.cell())
                .isEqualTo(Math.floor(a.box().minLatitude() / a.cell()));
        var world = MapGrid.around(null);
        assertThat(world.box().minLongitude()).isEqualTo(-180);
        assertThat(world.box().maxLatitude()).isEqualTo(90);
    }
}
