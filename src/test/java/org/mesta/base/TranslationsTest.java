package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every UI language file against the English base. {@code -Dmesta.locales=en,sl} limits the languages checked
 * (a branch where some files are not written yet); by default all of {@link TranslationProvider#LOCALES}.
 */
class TranslationsTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\d)");
    /** A simple argument ({0}, {1,number,integer}, {0,date,long}); plural/choice bodies hold words and stay. */
    private static final Pattern SIMPLE_ARGUMENT = Pattern.compile("\\{\\d+(,\\s*\\w+(,\\s*[^{}]*)?)?}");

    /** The locales this run checks, English excluded. */
    static List<Locale> otherLocales() {
        String only = System.getProperty("mesta.locales", "");
        List<String> wanted = Arrays.stream(only.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<Locale> locales = new ArrayList<>();
        for (Locale l : TranslationProvider.LOCALES) {
            if (l.equals(Locale.ENGLISH)) continue;
            if (wanted.isEmpty() || wanted.contains(TranslationProvider.tag(l))) locales.add(l);
        }
        return locales;
    }

    /** translations_sl.properties, translations_sr.properties (Latin), translations_sr_Cyrl.properties … */
    static String fileOf(Locale locale) {
        return "translations_" + TranslationProvider.tag(locale).replace('-', '_') + ".properties";
    }

    @Test
    void every_language_file_has_exactly_the_keys_of_the_english_base() throws IOException {
        Properties en = load("translations.properties");
        for (Locale locale : otherLocales()) {
            Properties other = load(fileOf(locale));
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            Set<String> extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(en.stringPropertyNames());
            assertThat(missing).as("keys missing in " + locale).isEmpty();
            assertThat(extra).as("keys only in " + locale).isEmpty();
            for (String key : en.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(key + " in " + locale).isNotBlank();
                assertThat(params(other.getProperty(key)))
                        .as("parameters of " + key + " in " + locale)
                        .isEqualTo(params(en.getProperty(key)));
            }
        }
    }

    @Test
    void every_value_in_every_language_is_an_icu_message_format_pattern() throws IOException {
        List<Locale> locales = new ArrayList<>(List.of(Locale.ENGLISH));
        locales.addAll(otherLocales());
        for (Locale locale : locales) {
            String file = locale.equals(Locale.ENGLISH) ? "translations.properties" : fileOf(locale);
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThatCode(() -> new MessageFormat(value, ULocale.forLocale(locale)))
                        .as(file + " " + key + " = " + value)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void no_english_is_left_in_a_translated_file() throws IOException {
        Properties en = load("translations.properties");
        Set<String> everywhere = allowed("same-as-english.txt");
        for (Locale locale : otherLocales()) {
            Properties other = load(fileOf(locale));
            Set<String> here = allowed("same-as-english_" + TranslationProvider.tag(locale) + ".txt");
            Set<String> english = new TreeSet<>();
            for (String key : en.stringPropertyNames()) {
                String value = en.getProperty(key);
                if (!value.equals(other.getProperty(key))
                        || key.startsWith("language.")
                        || everywhere.contains(key)
                        || here.contains(key)
                        || !hasWords(value)) continue;
                english.add(key + "=" + value);
            }
            assertThat(english)
                    .as("values still in English in " + fileOf(locale)
                            + " (translate them, or list the key in src/test/resources/i18n/same-as-english_"
                            + TranslationProvider.tag(locale) + ".txt)")
                    .isEmpty();
        }
    }

    @Test
    void counts_take_each_language_s_plural_forms() {
        TranslationProvider plurals = new TranslationProvider("i18n/plurals/plurals");
        assertThat(List.of(1, 2, 3, 5).stream()
                        .map(n -> plurals.getTranslation("badges", Locale.forLanguageTag("sl"), n))
                        .toList())
                .containsExactly("1 značka", "2 znački", "3 značke", "5 značk");
        assertThat(List.of(1, 2, 5, 21).stream()
                        .map(n -> plurals.getTranslation("badges", Locale.forLanguageTag("hr"), n))
                        .toList())
                .containsExactly("1 značka", "2 značke", "5 znački", "21 značka");
        assertThat(List.of(1, 2, 5, 21).stream()
                        .map(n -> plurals.getTranslation("badges", Locale.forLanguageTag("sr"), n))
                        .toList())
                .containsExactly("1 značka", "2 značke", "5 znački", "21 značka");
        assertThat(List.of(1, 2, 10, 21).stream()
                        .map(n -> plurals.getTranslation("badges", Locale.forLanguageTag("lt"), n))
                        .toList())
                .containsExactly("1 ženklelis", "2 ženkleliai", "10 ženklelių", "21 ženklelis");
        assertThat(plurals.getTranslation("badges", Locale.forLanguageTag("sr-Cyrl-RS"), 2))
                .isEqualTo("2 значке");
        assertThat(plurals.getTranslation("badges", Locale.ENGLISH, 1000)).isEqualTo("1,000 badges");
    }

    @Test
    void english_counts_use_plural_and_old_choice_patterns_and_quotes_still_work() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("issue.awarded-count", Locale.ENGLISH, 1))
                .isEqualTo("Badge awarded to 1 person.");
        assertThat(provider.getTranslation("issue.awarded-count", Locale.ENGLISH, 3))
                .isEqualTo("Badge awarded to 3 people.");
        assertThat(provider.getTranslation("workspace.organisation-count", Locale.ENGLISH, 0))
                .isEqualTo("No learning providers yet");
        // Slovenian still holds choice patterns until its translator rewrites them as plurals.
        assertThat(provider.getTranslation("workspace.organisation-count", Locale.forLanguageTag("sl"), 2))
                .isEqualTo("Dva ponudnika učenja");
        // '' is one apostrophe, as with the JDK's MessageFormat.
        assertThat(provider.getTranslation("endorse.shown.note", Locale.ENGLISH))
                .contains("badge's signed");
    }

    @Test
    void serbian_reads_latin_unless_cyrillic_is_asked_for() {
        assertThat(TranslationProvider.tag(TranslationProvider.supported(Locale.forLanguageTag("sr"))))
                .isEqualTo("sr");
        assertThat(TranslationProvider.tag(TranslationProvider.supported(Locale.forLanguageTag("sr-RS"))))
                .isEqualTo("sr");
        assertThat(TranslationProvider.tag(TranslationProvider.supported(Locale.forLanguageTag("sr-Latn-RS"))))
                .isEqualTo("sr");
        assertThat(TranslationProvider.tag(TranslationProvider.supported(Locale.forLanguageTag("sr-Cyrl-RS"))))
                .isEqualTo("sr-Cyrl");
        assertThat(TranslationProvider.supported(Locale.forLanguageTag("hr-HR")))
                .isEqualTo(Locale.forLanguageTag("hr"));
        assertThat(TranslationProvider.supported(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(TranslationProvider.LOCALES.stream()
                        .map(TranslationProvider::tag)
                        .toList())
                .containsExactly("en", "sl", "lt", "sr", "sr-Cyrl", "hr", "mk", "it");
    }

    @Test
    void provider_translates_and_formats_per_locale() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("layout.login", Locale.ENGLISH)).isEqualTo("Sign in");
        assertThat(provider.getTranslation("layout.login", Locale.forLanguageTag("sl")))
                .isEqualTo("Prijava");
        assertThat(provider.getTranslation("layout.login", Locale.GERMAN)).isEqualTo("Sign in");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void a_count_kept_as_text_still_takes_the_plural_form() {
        // The campaign history stores its parameters as text; Slovenian counts people with plural.
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("campaign.activity.badge-awarded", Locale.forLanguageTag("sl"), "Glas", "3"))
                .isEqualTo("ekipa je prejela značko „Glas“ (3 osebe)");
        assertThat(provider.getTranslation("campaign.activity.badge-awarded", Locale.ENGLISH, "Voice", "3"))
                .contains("(3 people)");
    }

    private static boolean hasWords(String value) {
        return SIMPLE_ARGUMENT.matcher(value).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    private static Set<String> params(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void apostrophes_inside_words_are_doubled_so_message_format_keeps_them() throws IOException {
        // Every text is a MessageFormat pattern: a single ' may start a quote and vanish ("organisations published").
        List<String> files = new ArrayList<>(List.of("translations.properties"));
        otherLocales().forEach(l -> files.add(fileOf(l)));
        for (String file : files) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key).doesNotContainPattern("\\p{L}'\\p{L}");
            }
        }
    }

    private static Set<String> allowed(String name) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            if (in == null) return keys;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String key = line.strip();
                if (!key.isEmpty() && !key.startsWith("#")) keys.add(key);
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name + " (not written yet?)").isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
