package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.ComponentUtil;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.map.ViewportChangeEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city page's map takes its markers from the stateless GeoJSON endpoint in the browser (#17): the visit's session
 * holds no marker list, only the URL with the page's filters, and that URL answers the same opportunities as the list.
 */
class CityMapMarkersTest extends ViewTest {

    /**
     * Ljubljana, where the demo places its opportunities; on whole cells of the endpoint's grid (1/32°), so the box
     * it answers for is the list's box and not a wider one (MapGrid).
     */
    static final double MIN_LAT = 45.9375, MIN_LON = 14.34375, MAX_LAT = 46.15625, MAX_LON = 14.65625;

    @Autowired
    WebApplicationContext web;

    @Test
    void the_map_s_markers_come_from_the_geojson_endpoint_with_the_page_s_filters() throws Exception {
        english();
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        ComponentUtil.fireEvent(
                city.map, new ViewportChangeEvent(city.map, true, MIN_LAT, MIN_LON, MAX_LAT, MAX_LON, 12, 46.05, 14.5));

        assertThat(city.map.getMarkers()).as("no marker list in the session").isEmpty();
        String all = city.map.getMarkerSource().orElseThrow();
        assertThat(all).isEqualTo("/api/opportunities.geojson?city=ljubljana&lang=en");
        List<Long> listed = allListed(city);
        assertThat(listed).isNotEmpty();
        assertThat(featureIds(all)).containsExactlyInAnyOrderElementsOf(listed);

        // A filter reaches the browser as a new URL; the endpoint narrows the markers as the view narrows the list.
        choose(city.type, "Workshop");
        commit(city.freeOnly, "checked", true);
        commit(city.from, "value", LocalDate.now().minusDays(1).toString());
        String narrowed = city.map.getMarkerSource().orElseThrow();
        assertThat(narrowed)
                .startsWith(all)
                .contains(
                        "&type=WORKSHOP",
                        "&free=true",
                        "&from=" + LocalDate.now().minusDays(1));
        List<Long> narrowedList = allListed(city);
        assertThat(narrowedList.size()).isLessThan(listed.size());
        assertThat(featureIds(narrowed)).containsExactlyInAnyOrderElementsOf(narrowedList);

        // Panning changes the list, not the URL: the browser adds the box it shows itself.
        ComponentUtil.fireEvent(
                city.map, new ViewportChangeEvent(city.map, true, 46.0, 14.4, 46.1, 14.6, 13, 46.05, 14.5));
        assertThat(city.map.getMarkerSource()).hasValue(narrowed);
    }

    private List<Long> allListed(CityOpportunitiesView city) {
        while (city.more.isVisible()) click(city.more);
        return city.listedIds();
    }

    /** The ids the browser gets for the box of the test's viewport (which lies on whole grid cells of the endpoint). */
    private List<Long> featureIds(String url) throws Exception {
        String body = MockMvcBuilders.webAppContextSetup(web)
                .build()
                .perform(get(url + "&bbox=" + MIN_LON + "," + MIN_LAT + "," + MAX_LON + "," + MAX_LAT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode root = JsonMapper.builder().build().readTree(body);
        assertThat(root.get("clustered").asBoolean()).isFalse();
        return root.get("features").valueStream().map(f -> f.get("id").asLong()).toList();
    }
}
