package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalDatesTest {

    @Test
    void slovenian_date_picker_names_months_and_days_in_slovenian_and_starts_weeks_on_monday() {
        DatePicker.DatePickerI18n i18n = LocalDates.i18n(Locale.forLanguageTag("sl"));
        assertThat(i18n.getMonthNames()).startsWith("januar", "februar").contains("maj");
        assertThat(i18n.getWeekdays().getFirst()).isEqualTo("nedelja");
        assertThat(i18n.getWeekdays().get(1)).isEqualTo("ponedeljek");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("d. M. yyyy", "yyyy-MM-dd");
        assertThat(i18n.getToday()).isEqualTo("Danes");
    }

    @Test
    void lithuanian_date_picker_uses_nominative_month_names_and_iso_dates() {
        DatePicker.DatePickerI18n i18n = LocalDates.i18n(Locale.forLanguageTag("lt"));
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("sausis");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("yyyy-MM-dd");
    }

    @Test
    void serbian_latin_and_cyrillic_pickers_keep_their_scripts() {
        assertThat(LocalDates.i18n(Locale.forLanguageTag("sr-Latn"))
                        .getMonthNames()
                        .getFirst())
                .isEqualTo("januar");
        assertThat(LocalDates.i18n(Locale.forLanguageTag("sr-Cyrl"))
                        .getMonthNames()
                        .getFirst())
                .isEqualTo("јануар");
    }

    @Test
    void english_picker_reads_dates_as_browsers_do_for_plain_english() {
        DatePicker.DatePickerI18n i18n = LocalDates.i18n(Locale.ENGLISH);
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("January");
        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("M/d/yyyy");
        assertThat(i18n.getToday()).isEqualTo("Today");
    }
}
