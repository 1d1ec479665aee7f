package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\d)");

    @Test
    void every_language_file_has_exactly_the_keys_of_the_english_base() throws IOException {
        Properties en = load("translations.properties");
        for (Locale locale : TranslationProvider.LOCALES) {
            if (locale.equals(Locale.ENGLISH)) continue;
            Properties other = load("translations_" + locale.getLanguage() + ".properties");
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
    void provider_translates_and_formats_per_locale() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("layout.login", Locale.ENGLISH)).isEqualTo("Sign in");
        assertThat(provider.getTranslation("layout.login", Locale.forLanguageTag("sl")))
                .isEqualTo("Prijava");
        assertThat(provider.getTranslation("layout.login", Locale.GERMAN)).isEqualTo("Sign in");
        assertThat(provider.getTranslation("workspace.organisation-count", Locale.forLanguageTag("sl"), 2))
                .isEqualTo("Dva ponudnika učenja");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Set<String> params(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void apostrophes_inside_words_are_doubled_so_message_format_keeps_them() throws IOException {
        // Every text is a MessageFormat pattern: a single ' starts a quote and vanishes ("organisations published").
        for (String file : new String[] {"translations.properties", "translations_sl.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key).doesNotContainPattern("\\p{L}'\\p{L}");
            }
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
