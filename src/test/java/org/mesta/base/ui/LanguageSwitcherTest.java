package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.TranslationProvider;

/**
 * The language switcher in the top bar names every language in itself, and its field is wide enough for the
 * longest name on a desktop; on a phone it shows the short form, named in full for screen readers.
 */
class LanguageSwitcherTest extends ViewTest {

    /** The field's own room around its text: Lumo's padding and the toggle icon (about 2.5em), with margin. */
    private static final double FIELD_CHROME_EM = 2.75;

    @Test
    void each_language_is_offered_by_its_own_name_in_its_own_language_with_a_short_form() {
        english();
        navigate("", Component.class);
        LanguageSelect switcher = find(LanguageSelect.class).id("language-switcher");
        assertThat(switcher.getElement().getStyle().get("width"))
                .as("the width comes from styles.css")
                .isNull();
        assertThat(switcher.getValue()).isEqualTo(Locale.ENGLISH);
        List<LanguageSelect.Language> offered = switcher.languages();
        assertThat(offered)
                .extracting(LanguageSelect.Language::name)
                .containsExactly(
                        "English",
                        "Slovenščina",
                        "Lietuvių",
                        "Srpski (latinica)",
                        "Српски (ћирилица)",
                        "Hrvatski",
                        "Македонски",
                        "Italiano");
        // The browser marks each name with its language (lang = this tag) and hides the short form from screen
        // readers (mesta-language-select.ts; LanguageSwitcherIT sees it drawn).
        assertThat(offered)
                .extracting(LanguageSelect.Language::tag)
                .containsExactlyElementsOf(TranslationProvider.LOCALES.stream()
                        .map(TranslationProvider::tag)
                        .toList());
        assertThat(offered).extracting(LanguageSelect.Language::shortName).contains("EN", "МК", "СР", "SR");
    }

    @Test
    void choosing_a_language_in_the_browser_keeps_it_and_a_made_up_one_is_no_choice() {
        english();
        navigate("", Component.class);
        LanguageSelect switcher = find(LanguageSelect.class).id("language-switcher");
        switcher.getElement().setProperty("value", "no-such-language");
        assertThat(switcher.getValue()).isNull();
        switcher.getElement().setProperty("value", "sl");
        assertThat(switcher.getValue()).isEqualTo(Locale.forLanguageTag("sl"));
    }

    @Test
    void the_field_is_wide_enough_for_the_longest_name_on_a_desktop_and_for_the_short_form_on_a_phone()
            throws IOException {
        String css = stylesheet();
        int phone = css.indexOf("@media (max-width: 30rem)", css.indexOf("vaadin-select#language-switcher"));
        double desktop = widthEm(css.substring(0, phone));
        double onPhone = widthEm(css.substring(phone));
        TranslationProvider translations = new TranslationProvider();
        double longest = 0;
        double longestShort = 0;
        for (Locale l : TranslationProvider.LOCALES) {
            String tag = TranslationProvider.tag(l);
            longest = Math.max(longest, textEm(translations.getTranslation("language." + tag, l)));
            longestShort = Math.max(longestShort, textEm(translations.getTranslation("language.short." + tag, l)));
        }
        assertThat(desktop).as("desktop width (em)").isGreaterThanOrEqualTo(longest + FIELD_CHROME_EM);
        assertThat(onPhone).as("phone width (em)").isGreaterThanOrEqualTo(longestShort + FIELD_CHROME_EM);
        assertThat(onPhone)
                .as("a phone's switcher leaves room for the account controls")
                .isLessThanOrEqualTo(6.5);
    }

    /** The source (a production build replaces the copy in target/classes with a bundled one). */
    private static String stylesheet() throws IOException {
        return Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"), StandardCharsets.UTF_8);
    }

    /** The first width given to the switcher in this part of the stylesheet. */
    private static double widthEm(String css) {
        Matcher m = Pattern.compile("vaadin-select#language-switcher \\{\\s*width: ([0-9.]+)em;")
                .matcher(css);
        assertThat(m.find())
                .as("a width for vaadin-select#language-switcher in em")
                .isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** How wide a text is in a common sans-serif (DejaVu Sans, which Chromium falls back to here), in em. */
    private static double textEm(String text) {
        Font font = new Font("DejaVu Sans", Font.PLAIN, 100);
        return font.getStringBounds(text, new FontRenderContext(null, true, true))
                        .getWidth()
                / 100;
    }
}
