package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

    @Test
    void visitor_reads_their_own_language_when_it_is_written() {
        assertThat(Languages.pick(List.of("en", "lt"), LITHUANIAN, "lt")).contains("lt");
    }

    @Test
    void visitor_falls_back_to_the_city_s_first_language_then_english_then_any() {
        assertThat(Languages.pick(List.of("en", "hr"), LITHUANIAN, "hr")).contains("hr");
        assertThat(Languages.pick(List.of("it", "en"), LITHUANIAN, "hr")).contains("en");
        assertThat(Languages.pick(List.of("mk"), LITHUANIAN, "hr")).contains("mk");
        assertThat(Languages.pick(List.of(), LITHUANIAN, "hr")).isEmpty();
    }

    @Test
    void serbian_cyrillic_and_latin_are_two_languages() {
        assertThat(Languages.pick(List.of("sr", "sr-Cyrl"), Locale.forLanguageTag("sr-Cyrl"), "sr"))
                .contains("sr-Cyrl");
        assertThat(Languages.pick(List.of("sr", "sr-Cyrl"), Locale.forLanguageTag("sr-Latn"), "en"))
                .contains("sr");
    }

    @Test
    void multilingual_text_follows_the_same_rule_and_keeps_script_tags() {
        MultilingualText text = MultilingualText.of(Map.of("EN", "Hello", "sr-cyrl", "Здраво"));
        assertThat(text.has("sr-Cyrl")).isTrue();
        assertThat(text.best(Locale.forLanguageTag("sr-Cyrl"), "sl")).contains("Здраво");
        assertThat(text.shownLanguage(LITHUANIAN, "sl")).contains("en");
        assertThat(text.best(LITHUANIAN, "sl")).contains("Hello");
    }
}
