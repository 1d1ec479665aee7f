package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter select whose options live in the browser (#17): its options, its value both ways, shared options. */
class EnumSelectTest {

    @Test
    void offers_any_then_every_value_with_its_label_and_reads_the_browsers_choice() {
        EnumSelect<DayOfWeek> select = new EnumSelect<>(DayOfWeek.class);
        select.setOptions("Any", f -> "label " + f.name());

        List<String> expected = new ArrayList<>(List.of("Any"));
        for (DayOfWeek f : DayOfWeek.values()) expected.add("label " + f.name());
        assertThat(select.labels()).containsExactlyElementsOf(expected);
        assertThat(select.getValue()).isNull();
        assertThat(select.getElement().getProperty("placeholder"))
                .as("shown while none is chosen")
                .isEqualTo("Any");

        List<DayOfWeek> changes = new ArrayList<>();
        select.addValueChangeListener(e -> changes.add(e.getValue()));
        select.getElement().setProperty("value", DayOfWeek.values()[1].name());
        assertThat(select.getValue()).isEqualTo(DayOfWeek.values()[1]);

        select.getElement().setProperty("value", "");
        assertThat(select.getValue()).isNull();
        assertThat(changes).containsExactly(DayOfWeek.values()[1], null);

        select.setValue(DayOfWeek.values()[0]);
        assertThat(select.getElement().getProperty("value")).isEqualTo(DayOfWeek.values()[0].name());
        select.clear();
        assertThat(select.getElement().getProperty("value")).isEmpty();
    }

    @Test
    void a_value_the_browser_made_up_is_no_choice() {
        EnumSelect<DayOfWeek> select = new EnumSelect<>(DayOfWeek.class);
        select.setOptions("Any", DayOfWeek::name);
        select.getElement().setProperty("value", "DROP TABLE");
        assertThat(select.getValue()).isNull();
    }

    @Test
    void sessions_showing_the_same_options_share_them_and_other_languages_get_their_own() {
        EnumSelect<DayOfWeek> one = new EnumSelect<>(DayOfWeek.class);
        EnumSelect<DayOfWeek> other = new EnumSelect<>(DayOfWeek.class);
        EnumSelect<DayOfWeek> slovenian = new EnumSelect<>(DayOfWeek.class);
        one.setOptions("Any", f -> "en " + f.name());
        other.setOptions("Any", f -> "en " + f.name());
        slovenian.setOptions("Katerikoli", f -> "sl " + f.name());

        assertThat(one.getElement().getPropertyRaw("items"))
                .as("one array for every session with the same options")
                .isSameAs(other.getElement().getPropertyRaw("items"));
        assertThat(slovenian.getElement().getPropertyRaw("items"))
                .isNotSameAs(one.getElement().getPropertyRaw("items"));
        assertThat(slovenian.labels()).startsWith("Katerikoli");
    }
}
