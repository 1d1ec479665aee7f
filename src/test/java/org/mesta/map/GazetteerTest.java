package org.mesta.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    static final Gazetteer GAZETTEER = new Gazetteer();

    @Test
    void holds_the_world_s_places_of_a_thousand_people_or_more() {
        assertThat(GAZETTEER.size()).isGreaterThan(130_000);
    }

    @Test
    void finds_a_city_by_the_start_of_its_name_with_its_true_position() {
        Place ljubljana = GAZETTEER.search("ljublj", null, 5).getFirst();
        assertThat(ljubljana.name()).isEqualTo("Ljubljana");
        assertThat(ljubljana.country()).isEqualTo("SI");
        assertThat(ljubljana.position().latitude()).isCloseTo(46.05, offset(0.05));
        assertThat(ljubljana.position().longitude()).isCloseTo(14.51, offset(0.05));
    }

    @Test
    void ignores_accents_and_case() {
        assertThat(GAZETTEER.search("SKOFJA LOKA", null, 3))
                .extracting(Place::name)
                .contains("Škofja Loka");
        assertThat(GAZETTEER.search("zürich", null, 3))
                .extracting(Place::country)
                .contains("CH");
    }

    @Test
    void prefers_places_near_the_bias_point() {
        GeoPoint spain = new GeoPoint(40.4, -3.7);
        GeoPoint venezuela = new GeoPoint(10.5, -66.9);
        assertThat(GAZETTEER.search("valencia", spain, 1).getFirst().country()).isEqualTo("ES");
        assertThat(GAZETTEER.search("valencia", venezuela, 1).getFirst().country())
                .isEqualTo("VE");
    }

    @Test
    void too_short_or_unknown_text_finds_nothing() {
        assertThat(GAZETTEER.search("l", null, 5)).isEmpty();
        assertThat(GAZETTEER.search("qqqxxzz", null, 5)).isEmpty();
    }
}
