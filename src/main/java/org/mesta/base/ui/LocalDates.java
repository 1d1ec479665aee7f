package org.mesta.base.ui;

import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.mesta.base.TranslationProvider;

/**
 * Date pickers in the reader's language: month and weekday names, the first day of the week and the date's
 * written form come from the JDK's locale data (CLDR), not from the web component's English defaults.
 */
public final class LocalDates {

    private static final String ISO = "yyyy-MM-dd";

    /**
     * One set of texts per language, shared by every picker (#17): the month and weekday names were a few kilobytes
     * per picker and visitor. Pickers only read them; nothing may change a shared one.
     */
    private static final Map<Locale, DatePicker.DatePickerI18n> SHARED = new ConcurrentHashMap<>();

    private LocalDates() {}

    /** A date picker speaking the UI's language (call once, when the picker is built). */
    public static DatePicker localize(DatePicker picker) {
        Locale locale = TranslationProvider.supported(picker.getLocale());
        picker.setLocale(locale);
        picker.setI18n(SHARED.computeIfAbsent(locale, l -> i18n(l, picker::getTranslation)));
        return picker;
    }

    /** A date-and-time picker speaking the UI's language (its time field follows the locale's clock). */
    public static DateTimePicker localize(DateTimePicker picker) {
        Locale locale = TranslationProvider.supported(picker.getLocale());
        picker.setLocale(locale);
        picker.setDatePickerI18n(SHARED.computeIfAbsent(locale, l -> i18n(l, picker::getTranslation)));
        return picker;
    }

    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        TranslationProvider translations = new TranslationProvider();
        return i18n(locale, key -> translations.getTranslation(key, locale));
    }

    private static DatePicker.DatePickerI18n i18n(Locale locale, Function<String, String> translation) {
        Locale regional = regional(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> name(
                                m.getDisplayName(TextStyle.FULL_STANDALONE, locale),
                                m.getDisplayName(TextStyle.FULL, locale)))
                        .toList())
                .setWeekdays(sundayFirst(d -> name(
                        d.getDisplayName(TextStyle.FULL_STANDALONE, locale), d.getDisplayName(TextStyle.FULL, locale))))
                .setWeekdaysShort(sundayFirst(d -> name(
                        d.getDisplayName(TextStyle.SHORT_STANDALONE, locale),
                        d.getDisplayName(TextStyle.SHORT, locale))))
                .setFirstDayOfWeek(WeekFields.of(regional).getFirstDayOfWeek().getValue() % 7)
                .setDateFormats(datePattern(regional), ISO)
                .setToday(translation.apply("date-picker.today"))
                .setCancel(translation.apply("action.cancel"));
    }

    /**
     * The locale's short date pattern in the web component's letters (d, M, yyyy): four-digit years, and
     * ISO when the locale writes something the component cannot read.
     */
    static String datePattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                        FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                .replace("'", "")
                .replaceAll("y+", "yyyy")
                .replaceAll("[ML]{3,}", "MM")
                .replace('L', 'M');
        return pattern.replaceAll("[dMy]", "").chars().anyMatch(Character::isLetter) ? ISO : pattern;
    }

    /**
     * A language alone names no week: its likeliest country does (sl → SI, lt → LT, en → US, as browsers
     * read a plain "en"; typed dates then mean what the browser's own format says).
     */
    static Locale regional(Locale locale) {
        if (!locale.getCountry().isEmpty()) return locale;
        String country = ULocale.addLikelySubtags(ULocale.forLocale(locale)).getCountry();
        return country.isEmpty()
                ? locale
                : new Locale.Builder().setLocale(locale).setRegion(country).build();
    }

    /** The JDK answers a number where a locale lacks stand-alone names. */
    private static String name(String standalone, String inText) {
        return standalone.chars().allMatch(Character::isDigit) ? inText : standalone;
    }

    private static List<String> sundayFirst(Function<DayOfWeek, String> name) {
        return List.of(
                name.apply(DayOfWeek.SUNDAY),
                name.apply(DayOfWeek.MONDAY),
                name.apply(DayOfWeek.TUESDAY),
                name.apply(DayOfWeek.WEDNESDAY),
                name.apply(DayOfWeek.THURSDAY),
                name.apply(DayOfWeek.FRIDAY),
                name.apply(DayOfWeek.SATURDAY));
    }
}
