package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mesta.base.Languages;
import org.mesta.base.TranslationProvider;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The heart of a City of Learning in a real browser: a provider writes an opportunity in the wizard (and
 * closes the browser half-way), a moderator asks for a change, the provider fixes it, the moderator approves,
 * and a visitor finds it on the city map with a filter and downloads it for their calendar. Run once in
 * English and once in Slovenian: every label the test looks for comes from the translations.
 */
class OpportunityJourneyIT extends BrowserTest {

    @Autowired
    TranslationProvider translations;

    private Locale locale;

    /** What the person reads on screen, in the language of this run. */
    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private void signInAs(String email) {
        signIn(email, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("language." + locale.getLanguage())))
                .click();
        page.waitForTimeout(800);
        page.waitForSelector("vaadin-app-layout");
    }

    /** A new browser context: no cookies, no session, as after closing the browser. */
    private void newBrowser() {
        context.close();
        openPage();
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Moves a step and waits until the wizard shows it (each step is saved on the server first). */
    private void step(String buttonKey) {
        String before = page.locator("li[aria-current=step]").innerText();
        button(t(buttonKey)).click();
        page.waitForFunction("b => document.querySelector('li[aria-current=step]').innerText !== b", before);
    }

    private void next() {
        step("opportunity.wizard.next");
    }

    private void back() {
        step("opportunity.wizard.back");
    }

    private void waitSaved() {
        assertThat(page.locator("#autosave-status"))
                .containsText(t("opportunity.wizard.saved", "").trim());
    }

    /** Types a date and time the way the browser shows them in this language (the pickers format with Intl). */
    private void pick(Locator picker, LocalDate day, int hour) {
        String date = (String) page.evaluate(
                "([lang, y, m, d]) => new Intl.DateTimeFormat(lang,"
                        + " {day: 'numeric', month: 'numeric', year: 'numeric'}).format(new Date(y, m - 1, d))",
                List.of(locale.getLanguage(), day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        String time = (String) page.evaluate(
                "([lang, h]) => new Intl.DateTimeFormat(lang,"
                        + " {hour: 'numeric', minute: '2-digit'}).format(new Date(2026, 0, 1, h, 0))",
                List.of(locale.getLanguage(), hour));
        picker.locator("input").nth(0).fill(date);
        picker.locator("input").nth(0).press("Enter");
        picker.locator("input").nth(1).fill(time);
        picker.locator("input").nth(1).press("Enter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sl"})
    void provider_publishes_through_the_wizard_and_moderation_and_a_visitor_finds_it(String language) throws Exception {
        locale = Locale.forLanguageTag(language);
        String title = "en".equals(language) ? "Pogovorna skupina o duševnem zdravju" : "Krog za pogovor o počutju";
        String slovenian = Locale.forLanguageTag("sl").getDisplayLanguage(locale);
        String shot = language + "-";

        // The provider starts an opportunity and fills the first two steps.
        signInAs("provider@mesta.example");
        open("provider/opportunities");
        button(t("opportunity.new")).click();
        page.waitForURL(u -> u.contains("/provider/opportunity/"));
        String wizardUrl = page.url();
        field(t("opportunity.field.title", slovenian)).fill(title);
        field(t("opportunity.field.summary", slovenian)).fill("Varen prostor za pogovor o stresu in počutju.");
        field(t("opportunity.field.description", slovenian)).fill("Vsak teden se dobimo v **mladinskem centru**.");
        page.locator("vaadin-select")
                .filter(new Locator.FilterOptions().setHasText(t("opportunity.field.type")))
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("opportunity.type.workshop")))
                .click();
        page.getByText(t("opportunity.theme.mental_health"), new Page.GetByTextOptions().setExact(true))
                .click();
        waitSaved();
        Path picture = Files.createTempFile("mesta-picture", ".png");
        Files.write(picture, OpportunityServiceTestData.png(1200, 800));
        page.locator("vaadin-upload input[type=file]").setInputFiles(picture);
        page.locator("#opportunity-image").waitFor();
        // Ljubljana writes Slovenian first: the picture is described in Slovenian.
        field(t("opportunity.image.description.in", Languages.displayName("sl", locale)))
                .fill("Mladi v krogu se pogovarjajo");
        snap(shot + "1-wizard-basics");
        next();
        LocalDate day = LocalDate.now().plusDays(14);
        pick(page.locator("vaadin-date-time-picker").first(), day, 17);
        pick(page.locator("vaadin-date-time-picker").nth(1), day, 19);
        page.waitForTimeout(500);
        next();
        assertThat(page.locator("li[aria-current=step]")).hasText("3. " + t("opportunity.step.where"));
        waitSaved();

        // The browser closes half-way; nothing is lost and the wizard resumes at the same step.
        newBrowser();
        signInAs("provider@mesta.example");
        page.navigate(wizardUrl);
        assertThat(page.locator("li[aria-current=step]")).hasText("3. " + t("opportunity.step.where"));
        back();
        back();
        assertThat(field(t("opportunity.field.title", slovenian))).hasValue(title);
        next();
        next();

        // Where: the place is picked on the map.
        Locator map = page.locator("mesta-map").first();
        map.scrollIntoViewIfNeeded();
        map.locator("canvas").first().waitFor();
        page.waitForTimeout(500);
        map.click(new Locator.ClickOptions().setPosition(300, 150));
        page.waitForFunction("() => document.querySelector('vaadin-number-field input').value !== ''");
        field(t("opportunity.field.venue")).fill("Mladinski center Ljubljana");
        snap(shot + "2-wizard-where");
        next();

        // Who and how to join.
        field(t("opportunity.field.age-min")).fill("15");
        field(t("opportunity.field.age-max")).fill("25");
        page.getByText(slovenian, new Page.GetByTextOptions().setExact(true)).click();
        field(t("opportunity.field.join-url")).fill("https://example.org/prijava");
        waitSaved();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(slovenian)))
                .isChecked();
        snap(shot + "2b-wizard-who");
        page.setViewportSize(390, 844);
        snap(shot + "2c-wizard-who-phone");
        page.setViewportSize(1280, 860);
        next();
        // Recognition: badges to earn are optional.
        assertThat(page.locator("li[aria-current=step]")).hasText("5. " + t("opportunity.step.recognition"));
        next();
        assertThat(page.locator("#opportunity-title")).hasText(title);
        snap(shot + "3-wizard-review");
        button(t("opportunity.wizard.submit")).click();
        page.waitForURL(u -> u.endsWith("/provider/opportunities"));
        assertThat(page.locator("vaadin-grid")).containsText(t("opportunity.status.submitted"));
        snap(shot + "4-provider-list");

        // The moderator hears of it in the inbox and asks for a change.
        newBrowser();
        signInAs("moderator@mesta.example");
        page.locator("#inbox-bell").click();
        assertThat(page.locator("#inbox-list")).containsText(t("notice.opportunity.submitted", title));
        page.keyboard().press("Escape");
        open("moderation/queue");
        button(t("moderation.review-named", title)).click();
        assertThat(page.locator("#opportunity-title")).hasText(title);
        button(t("moderation.request-changes")).click();
        assertThat(page.locator("vaadin-text-area[invalid]")).isVisible();
        snap(shot + "5-moderation-detail");
        page.getByLabel(t("moderation.reason")).fill("Prosimo, dodajte naslov prizorišča.");
        button(t("moderation.request-changes")).click();
        page.waitForURL(u -> u.endsWith("/moderation/queue"));

        // The provider is told in the app (the bell) and in the list, fixes it and submits again.
        newBrowser();
        signInAs("provider@mesta.example");
        open("provider/opportunities");
        assertThat(page.locator("vaadin-grid")).containsText("Prosimo, dodajte naslov prizorišča.");
        assertThat(page.locator("#inbox-count")).isVisible();
        page.locator("#inbox-bell").click();
        String notice = t("notice.opportunity.changes_requested", title, "Prosimo, dodajte naslov prizorišča.");
        assertThat(page.locator("#inbox-list")).containsText(notice);
        snap(shot + "6-provider-inbox");
        page.locator("#inbox-list vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(notice))
                .first()
                .click();
        page.waitForURL(u -> u.equals(wizardUrl));
        assertThat(page.locator("#decision-reason")).containsText("Prosimo, dodajte naslov prizorišča.");
        back();
        back();
        back();
        field(t("opportunity.field.address")).fill("Metelkova 6, Ljubljana");
        waitSaved();
        next();
        next();
        next();
        button(t("opportunity.wizard.submit")).click();
        page.waitForURL(u -> u.endsWith("/provider/opportunities"));

        // The moderator approves.
        newBrowser();
        signInAs("moderator@mesta.example");
        open("moderation/queue");
        button(t("moderation.review-named", title)).click();
        button(t("moderation.approve")).click();
        page.waitForURL(u -> u.endsWith("/moderation/queue"));

        // A visitor finds it on the city page with a filter, opens it and downloads it.
        newBrowser();
        open("cities/ljubljana");
        if (!"en".equals(language)) {
            page.locator("#language-switcher").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("language." + language)))
                    .click();
            page.waitForTimeout(800);
            page.waitForSelector("vaadin-app-layout");
        }
        page.locator("vaadin-select")
                .filter(new Locator.FilterOptions().setHasText(t("public.filter.theme")))
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("opportunity.theme.mental_health")))
                .click();
        assertThat(page.locator("#opportunity-list")).containsText(title);
        snap(shot + "7-city-page");
        page.locator("#opportunity-list")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))
                .click();
        assertThat(page.locator("#opportunity-title")).hasText(title);
        Download download = page.waitForDownload(() -> page.click("#ics-download"));
        String ics = Files.readString(download.path());
        assertThat(ics).contains("BEGIN:VEVENT").contains("SUMMARY:" + title.substring(0, 20));
        assertNoConsoleErrors();
    }
}
