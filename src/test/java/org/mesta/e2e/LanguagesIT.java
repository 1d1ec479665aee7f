package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;
import static org.mesta.SignedIn.DEMO_PASSWORD;
import static org.mesta.SignedIn.PROVIDER;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mesta.base.TranslationProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every UI language, chosen as a person does (the language menu), on a city page, the opportunity wizard's
 * first step and the campaign board: the page says its language, no key is left untranslated, and the
 * language's own words are there. {@code -Dmesta.locales=en,sl} limits the languages (files not written yet).
 * Screenshots in target/screenshots/languages/ for a person to look at.
 */
class LanguagesIT extends BrowserTest {

    private static final Path SHOTS = SCREENSHOTS.resolve("languages");
    private final TranslationProvider translations = new TranslationProvider();

    @Autowired
    JdbcTemplate jdbc;

    static Stream<String> tags() {
        List<String> only = Arrays.stream(
                        System.getProperty("mesta.locales", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return TranslationProvider.LOCALES.stream()
                .map(TranslationProvider::tag)
                .filter(t -> only.isEmpty() || only.contains(t));
    }

    @ParameterizedTest
    @MethodSource("tags")
    void each_language_reads_right_on_the_main_screens(String tag) throws Exception {
        Locale locale = TranslationProvider.locale(tag);
        Files.createDirectories(SHOTS);
        page.setViewportSize(1280, 800);
        try {
            signIn(PROVIDER, DEMO_PASSWORD);
            page.waitForURL(u -> !u.contains("/login"));
            choose(locale);

            page.navigate(url("cities/ljubljana"));
            page.waitForSelector("#opportunity-list, .mesta-city, vaadin-app-layout");
            check(tag, "city");
            shot(tag, "city");

            // The wizard edits one opportunity (a new one is made from the list): open the provider's first.
            open("provider/opportunity/"
                    + jdbc.queryForObject(
                            "select min(o.id) from opportunity o join membership m on m.organisation_id = o.organisation_id"
                                    + " join account a on a.id = m.account_id where a.email = ?",
                            Long.class,
                            PROVIDER));
            page.waitForSelector("#autosave-status, #wizard-status, vaadin-text-field");
            check(tag, "wizard");
            assertThat(page).hasTitle(translations.getTranslation("opportunity.wizard.title", locale));
            shot(tag, "wizard");

            choose(Locale.ENGLISH);
            context.clearCookies();
            signIn(AMBASSADOR, DEMO_PASSWORD);
            page.waitForURL(u -> !u.contains("/login"));
            choose(locale);
            open("ambassador/campaigns");
            page.waitForSelector(".campaign-board");
            check(tag, "board");
            assertThat(page).hasTitle(translations.getTranslation("campaign.board.title", locale));
            shot(tag, "board");
        } finally {
            // The demo accounts keep their language on the account: give them English back.
            try {
                choose(Locale.ENGLISH);
                context.clearCookies();
                signIn(PROVIDER, DEMO_PASSWORD);
                page.waitForURL(u -> !u.contains("/login"));
                choose(Locale.ENGLISH);
            } catch (RuntimeException e) {
                // Do not hide the failure that brought us here.
            }
        }
    }

    private void choose(Locale locale) {
        page.waitForSelector("#language-switcher");
        page.locator("#language-switcher").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions()
                                .setName(translations.getTranslation(
                                        "language." + TranslationProvider.tag(locale), locale))
                                .setExact(true))
                .click();
        page.waitForFunction("lang => document.documentElement.lang === lang", TranslationProvider.tag(locale));
        page.waitForSelector("vaadin-app-layout");
    }

    private void check(String tag, String screen) {
        assertThat(page.locator("html")).hasAttribute("lang", tag);
        String text = page.locator("body").innerText();
        assertThat(text).as(screen + " in " + tag).doesNotContainPattern("![a-z][a-z0-9-]*\\.[a-z0-9.-]+");
    }

    private void shot(String tag, String screen) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(tag + "-" + screen + ".png")));
    }
}
