package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.base.TranslationProvider;

/**
 * The language switcher shows every language's name whole on a desktop, and its short form on a phone, where the
 * top bar keeps to the screen's width. Screenshots: LanguageSwitcherIT-*.png.
 */
class LanguageSwitcherIT extends BrowserTest {

    private final TranslationProvider translations = new TranslationProvider();

    /** How the shown text of the switcher sits in its field, and whether the top bar fits the window. */
    private static final String MEASURE = """
            () => {
              const field = document.querySelector('vaadin-select#language-switcher');
              const button = field.querySelector('vaadin-select-value-button');
              const visible = [...button.querySelectorAll('.mesta-language-name, .mesta-language-code')]
                .find(e => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 2);
              const tools = document.querySelector('.mesta-tools').getBoundingClientRect();
              return {
                text: visible ? visible.textContent : '',
                textRight: visible ? visible.getBoundingClientRect().right : 0,
                buttonRight: button.getBoundingClientRect().right,
                toolsRight: tools.right,
                window: window.innerWidth,
                page: document.documentElement.scrollWidth
              };
            }""";

    @Test
    void every_language_s_name_fits_the_switcher_on_a_desktop_and_a_phone() {
        open("");
        for (Locale locale : TranslationProvider.LOCALES) {
            String tag = TranslationProvider.tag(locale);
            page.setViewportSize(1280, 860);
            choose(locale);
            fits(tag, "desktop", translations.getTranslation("language." + tag, locale));
            page.setViewportSize(390, 844);
            fits(tag, "phone", translations.getTranslation("language.short." + tag, locale));
            if (tag.equals("mk") || tag.equals("sr")) {
                snap(tag + "-visitor-phone");
            }
            page.setViewportSize(1280, 860);
            if (tag.equals("mk")) {
                snap(tag + "-visitor-desktop");
            }
        }
    }

    @Test
    void a_signed_in_person_s_top_bar_keeps_the_switcher_whole_in_the_longest_languages() {
        signIn(AMBASSADOR, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        try {
            for (String tag : List.of("mk", "sr-Cyrl")) {
                Locale locale = TranslationProvider.locale(tag);
                page.setViewportSize(1280, 860);
                choose(locale);
                fits(tag, "desktop", translations.getTranslation("language." + tag, locale));
                snap(tag + "-ambassador-desktop");
                page.setViewportSize(390, 844);
                fits(tag, "phone", translations.getTranslation("language.short." + tag, locale));
                snap(tag + "-ambassador-phone");
            }
        } finally {
            // The demo account keeps its language: give it English back.
            page.setViewportSize(1280, 860);
            choose(Locale.ENGLISH);
        }
    }

    private void fits(String tag, String screen, String shown) {
        page.waitForTimeout(300);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate(MEASURE);
        String where = tag + " on a " + screen + ": " + m;
        assertThat(m.get("text")).as(where).isEqualTo(shown);
        assertThat(number(m, "textRight")).as(where).isLessThanOrEqualTo(number(m, "buttonRight") + 0.5);
        assertThat(number(m, "toolsRight")).as(where).isLessThanOrEqualTo(number(m, "window"));
        assertThat(number(m, "page")).as(where).isLessThanOrEqualTo(number(m, "window"));
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private void choose(Locale locale) {
        String tag = TranslationProvider.tag(locale);
        page.waitForSelector("#language-switcher");
        if (tag.equals(page.locator("html").getAttribute("lang"))) return;
        page.locator("#language-switcher").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions()
                                .setName(translations.getTranslation("language." + tag, locale))
                                .setExact(true))
                .click();
        page.waitForFunction("lang => document.documentElement.lang === lang", tag);
        page.waitForSelector("vaadin-app-layout #language-switcher");
    }
}
