package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The lean filter fields read what their web components commit in the browser, take nothing else for a value, and the
 * date picker's texts reach the browser in the reader's language without a null to undo the web component's own.
 */
class LeanFieldsTest {

    @Test
    void a_date_picker_takes_the_iso_date_the_browser_commits_and_nothing_made_up() {
        LeanDatePicker picker = new LeanDatePicker();
        List<LocalDate> heard = new ArrayList<>();
        picker.addValueChangeListener(e -> heard.add(e.getValue()));

        picker.getElement().setProperty("value", "2026-12-24");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 24));
        picker.getElement().setProperty("value", "24. 12. 2026");
        assertThat(picker.getValue()).as("not an ISO date: no date").isNull();
        picker.setValue(LocalDate.of(2027, 1, 2));
        assertThat(picker.getElement().getProperty("value")).isEqualTo("2027-01-02");
        picker.clear();
        assertThat(picker.getElement().getProperty("value")).isEmpty();
        assertThat(heard).containsExactly(LocalDate.of(2026, 12, 24), null, LocalDate.of(2027, 1, 2), null);
    }

    @Test
    void the_date_picker_s_texts_are_slovenian_for_a_slovenian_reader_and_set_nothing_to_null() {
        JsonNode sl = LeanDatePicker.i18n(Locale.forLanguageTag("sl"));

        assertThat(sl.get("monthNames").get(0).asString()).isEqualTo("januar");
        assertThat(sl.get("firstDayOfWeek").asInt()).as("Monday").isEqualTo(1);
        assertThat(sl.get("dateFormats").get(0).asString()).isEqualTo("d. M. yyyy");
        assertThat(sl.get("today").asString()).isNotBlank();
        assertThat(sl.properties()).noneMatch(field -> field.getValue().isNull());
        assertThat(LeanDatePicker.i18n(Locale.forLanguageTag("sl")))
                .as("shared")
                .isSameAs(sl);
    }

    @Test
    void a_checkbox_group_draws_its_boxes_once_and_takes_only_its_own_keys_in_the_list_s_order() {
        LeanCheckboxGroup<Locale> languages = new LeanCheckboxGroup<>();
        List<java.util.Set<Locale>> heard = new ArrayList<>();
        languages.addValueChangeListener(e -> heard.add(e.getValue()));
        languages.setItems(
                List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN), Locale::getLanguage, Locale::getDisplayName);

        assertThat(languages.getElement().getProperty("innerHTML"))
                .contains("<vaadin-checkbox value=\"en\" label=\"English\"></vaadin-checkbox>")
                .contains("value=\"de\"");
        languages.setValue(java.util.Set.of(Locale.ITALIAN));
        assertThat(languages.getElement().getPropertyRaw("value").toString()).isEqualTo("[\"it\"]");

        ArrayNode ticked =
                JsonNodeFactory.instance.arrayNode().add("it").add("xx").add("en");
        languages.getElement().setPropertyJson("value", ticked);
        assertThat(languages.getValue())
                .as("the list's order, no made-up key")
                .containsExactly(Locale.ENGLISH, Locale.ITALIAN);
        languages.setValue(java.util.Set.of(Locale.GERMAN));
        assertThat(languages.getElement().getPropertyRaw("value").toString()).isEqualTo("[\"de\"]");
        assertThat(heard).hasSize(3);

        languages.setInvalid(true);
        languages.setErrorMessage("Choose one");
        assertThat(languages.isInvalid()).isTrue();
        assertThat(languages.getErrorMessage()).isEqualTo("Choose one");
    }

    @Test
    void an_integer_field_takes_a_whole_number_within_its_range_only() {
        LeanIntegerField age = new LeanIntegerField(0, 99);
        assertThat(age.getElement().getProperty("max")).isEqualTo("99");

        age.getElement().setProperty("value", "17");
        assertThat(age.getValue()).isEqualTo(17);
        for (String outside : List.of("150", "-1", "1.5", "abc", " ")) {
            age.getElement().setProperty("value", outside);
            assertThat(age.getValue()).as(outside).isNull();
        }
        age.setValue(12);
        assertThat(age.getElement().getProperty("value")).isEqualTo("12");
    }

    @Test
    void a_checkbox_is_its_web_component_s_checked() {
        LeanCheckbox free = new LeanCheckbox();
        free.setLabel("Free only");
        assertThat(free.getValue()).isFalse();

        free.getElement().setProperty("checked", true);
        assertThat(free.getValue()).isTrue();
        free.clear();
        assertThat(free.getElement().getProperty("checked", true)).isFalse();
        assertThat(free.getElement().getProperty("label")).isEqualTo("Free only");
    }

    @Test
    void tabs_are_markup_and_their_value_is_the_selected_index() {
        LeanTabs tabs = new LeanTabs();
        List<Integer> heard = new ArrayList<>();
        tabs.addValueChangeListener(e -> heard.add(e.getValue()));
        tabs.show(List.of(new LeanTabs.Shown("a", "Idea (2)", true), new LeanTabs.Shown("b", "Planning (0)", false)));
        Object drawn = tabs.getElement().getPropertyRaw("innerHTML");

        assertThat(Markup.drawn(tabs).select("vaadin-tab"))
                .extracting(e -> e.id() + ":" + e.text() + ":" + e.hasAttr("hidden"))
                .containsExactly("a:Idea (2):false", "b:Planning (0):true");
        tabs.show(List.of(new LeanTabs.Shown("a", "Idea (2)", true), new LeanTabs.Shown("b", "Planning (0)", false)));
        assertThat(tabs.getElement().getPropertyRaw("innerHTML"))
                .as("not drawn again")
                .isSameAs(drawn);

        tabs.getElement().setProperty("selected", 1);
        assertThat(tabs.getValue()).isEqualTo(1);
        tabs.setValue(0);
        assertThat(tabs.getElement().getProperty("selected", -1)).isZero();
        assertThat(heard).containsExactly(1, 0);
    }
}
