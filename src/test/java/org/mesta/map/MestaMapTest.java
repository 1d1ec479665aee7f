package org.mesta.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's Java API and the location picker as a Binder field, with browser events simulated. */
class MestaMapTest {

    @Test
    void markers_are_kept_as_data_and_sent_as_compact_escaped_json() {
        MestaMap map = new MestaMap();
        map.setMarkers(List.of(new MapMarker("a", new GeoPoint(46, 14.5), "Say \"hi\"\n", "event", "<b>x</b>")));
        map.putMarker(new MapMarker("b", new GeoPoint(1, 2), "B", null));
        map.putMarker(new MapMarker("a", new GeoPoint(46.1, 14.5), "A2", "event"));
        map.removeMarkers(List.of("b", "missing"));
        assertThat(map.getMarkers()).containsOnlyKeys("a");
        assertThat(map.getMarkers().get("a").title()).isEqualTo("A2");
        assertThat(Json.markers(List.of(new MapMarker("q\"", new GeoPoint(1.5, -2), "T\"\n", "k", "p\\"))))
                .isEqualTo("[[\"q\\\"\",-2.0,1.5,\"k\",\"T\\\"\\n\",\"p\\\\\"]]");
    }

    @Test
    void browser_events_reach_listeners_with_positions_and_the_viewport_is_remembered() {
        MestaMap map = new MestaMap();
        map.setMarkers(List.of(new MapMarker("x", new GeoPoint(10, 10), "X", "city")));
        List<String> seen = new ArrayList<>();
        map.addMarkerClickListener(
                e -> seen.add("marker " + e.getMarker().orElseThrow().title()));
        map.addMapClickListener(e -> seen.add("map " + e.getPosition()));
        ComponentUtil.fireEvent(map, new MarkerClickEvent(map, true, "x"));
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, 46.5, 375.5));
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 45, 13, 47, 16, 9, 46, 14.5));
        assertThat(seen).containsExactly("marker X", "map 46.50000, 15.50000");
        assertThat(map.getZoom()).isEqualTo(9);
        assertThat(map.getViewport()).hasValue(new BoundingBox(45, 13, 47, 16));
        assertThat(map.getCentre()).isEqualTo(new GeoPoint(46, 14.5));
    }

    @Test
    void positions_off_the_earth_are_refused() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new GeoPoint(46.0569, 14.5058).distanceKm(new GeoPoint(46.5547, 15.6459)))
                .isBetween(100.0, 110.0);
    }

    static final class Venue {
        GeoPoint place;
    }

    @Test
    void location_picker_is_a_binder_field_set_by_map_click_drag_and_typing() {
        LocationPicker picker = new LocationPicker(
                "Venue",
                new PlaceService(GazetteerTest.GAZETTEER, new MapSettings("", "", "")),
                new MapSettings("", "", ""));
        Binder<Venue> binder = new Binder<>();
        binder.forField(picker).asRequired("Choose the venue").bind(v -> v.place, (v, p) -> v.place = p);
        Venue venue = new Venue();
        binder.setBean(venue);
        assertThat(binder.validate().isOk()).isFalse();

        ComponentUtil.fireEvent(picker.map, new MapClickEvent(picker.map, true, 46.05108, 14.50513));
        assertThat(venue.place.latitude()).isCloseTo(46.05108, within(1e-9));
        assertThat(venue.place.longitude()).isCloseTo(14.50513, within(1e-9));
        assertThat(picker.latitude.getValue()).isCloseTo(46.05108, within(1e-9));
        assertThat(picker.map.getMarkers().get(LocationPicker.MARKER).position().distanceKm(venue.place))
                .isLessThan(0.001);

        ComponentUtil.fireEvent(picker.map, new MarkerDragEvent(picker.map, true, LocationPicker.MARKER, 46.1, 14.6));
        assertThat(venue.place.distanceKm(new GeoPoint(46.1, 14.6))).isLessThan(0.001);
        assertThat(binder.validate().isOk()).isTrue();

        binder.setBean(new Venue());
        assertThat(picker.getValue()).isNull();
        assertThat(picker.map.getMarkers()).isEmpty();
    }

    @Test
    void a_read_only_picker_ignores_the_map() {
        LocationPicker picker = new LocationPicker(
                "Venue",
                new PlaceService(GazetteerTest.GAZETTEER, new MapSettings("", "", "")),
                new MapSettings("", "", ""));
        picker.setValue(new GeoPoint(1, 1));
        picker.setReadOnly(true);
        ComponentUtil.fireEvent(picker.map, new MapClickEvent(picker.map, true, 2, 2));
        assertThat(picker.getValue()).isEqualTo(new GeoPoint(1, 1));
        assertThat(picker.search.isVisible()).isFalse();
        assertThat(picker.latitude.isReadOnly()).isTrue();
    }

    @Test
    void streets_come_from_openstreetmap_by_default_with_its_attribution() {
        MapSettings unset = new MapSettings(null, null, null);
        assertThat(unset.tileUrl()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(unset.tileAttribution())
                .contains("© ", "OpenStreetMap</a> contributors", "href=\"https://www.openstreetmap.org/copyright\"");
        assertThat(unset.offline()).isFalse();
        assertThat(new MapSettings("  ", "", "")).isEqualTo(unset);

        MestaMap map = new MestaMap(unset);
        assertThat(map.hasTiles()).isTrue();
        assertThat(map.getElement().getProperty("tileUrl")).isEqualTo(MapSettings.OPENSTREETMAP_TILES);
        assertThat(map.getElement().getProperty("tileAttribution")).isEqualTo(MapSettings.OPENSTREETMAP_ATTRIBUTION);
    }

    @Test
    void tile_url_none_chooses_the_bundled_basemap_and_another_server_keeps_its_own_attribution() {
        MapSettings offline = new MapSettings("None", "", "");
        assertThat(offline.offline()).isTrue();
        assertThat(offline.tileUrl()).isEmpty();
        MestaMap map = new MestaMap(offline);
        assertThat(map.hasTiles()).isFalse();
        assertThat(map.getElement().hasProperty("tileUrl")).isFalse();

        MapSettings own = new MapSettings("https://tiles.example.org/{z}/{x}/{y}.png", "© Example maps", "");
        assertThat(new MestaMap(own).getElement().getProperty("tileAttribution"))
                .isEqualTo("© Example maps");
        assertThat(new MapSettings("https://tiles.example.org/{z}/{x}/{y}.png", "", "").tileAttribution())
                .as("OpenStreetMap's attribution is not claimed for someone else's tiles")
                .isEmpty();
    }

    @Test
    void the_fallback_line_can_be_given_in_the_reader_s_language() {
        MestaMap map = new MestaMap(new MapSettings(null, null, null));
        map.setTileFallbackText("Zemljevid ulic ni dosegljiv.");
        assertThat(map.getElement().getProperty("fallbackLabel")).isEqualTo("Zemljevid ulic ni dosegljiv.");
    }

    @Test
    void a_city_map_frames_its_markers_or_shows_the_city_when_it_has_none() {
        MestaMap map = new MestaMap();
        GeoPoint city = new GeoPoint(46.0569, 14.5058);
        map.frameMarkers(city, 12);
        assertThat(map.getFramed()).isEmpty();
        assertThat(map.getCentre()).isEqualTo(city);
        assertThat(map.getZoom()).isEqualTo(12);

        map.setMarkers(List.of(
                new MapMarker("a", new GeoPoint(46.04, 14.48), "A", "opportunity"),
                new MapMarker("b", new GeoPoint(46.08, 14.54), "B", "opportunity")));
        map.frameMarkers(city, 12);
        assertThat(map.getFramed()).hasValue(new BoundingBox(46.04, 14.48, 46.08, 14.54));
        assertThat(map.getCentre().distanceKm(new GeoPoint(46.06, 14.51))).isLessThan(0.001);

        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 46, 14.4, 46.1, 14.6, 13, 46.05, 14.5));
        assertThat(map.getFramed())
                .as("once the person moves the map, that is the view to keep")
                .isEmpty();
    }
}
