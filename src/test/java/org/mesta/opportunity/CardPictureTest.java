package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A list card's picture is described in the reader's language where written, else the city's first, else English. */
class CardPictureTest {

    private static Card card(String picture) {
        return new Card(
                1,
                46.05,
                14.5,
                OpportunityType.WORKSHOP,
                Format.IN_PERSON,
                null,
                null,
                true,
                "",
                "{\"o\":\"Centre\",\"t\":{\"sl\":[\"Mural\",\"\"]},\"i\":[" + picture + ",3]}");
    }

    @Test
    void each_reader_gets_the_description_in_their_language_else_the_city_s_first() {
        Card c = card("{\"sl\":\"Mladi slikajo mural\",\"en\":\"Young people painting a mural\"}");
        Card.Picture english = c.picture(Locale.ENGLISH, "sl").orElseThrow();
        assertThat(english.url()).isEqualTo("/api/opportunities/1/image.jpg?r=3");
        assertThat(english.alt()).isEqualTo("Young people painting a mural");
        assertThat(english.altLanguage()).isEqualTo("en");
        Card.Picture lithuanian = c.picture(Locale.forLanguageTag("lt"), "sl").orElseThrow();
        assertThat(lithuanian.alt()).isEqualTo("Mladi slikajo mural");
        assertThat(lithuanian.altLanguage()).isEqualTo("sl");
    }

    @Test
    void a_card_written_before_descriptions_had_languages_reads_its_one_as_the_city_s_first_language() {
        Card.Picture p =
                card("\"Mladi slikajo mural\"").picture(Locale.ENGLISH, "sl").orElseThrow();
        assertThat(p.alt()).isEqualTo("Mladi slikajo mural");
        assertThat(p.altLanguage()).isEqualTo("sl");
    }
}
