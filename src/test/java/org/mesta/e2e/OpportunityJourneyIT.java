package org.mesta.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

/**
 * The heart of a City of Learning in a real browser: a provider writes an opportunity in the wizard (and
 * closes the browser half-way), a moderator asks for a change, the provider fixes it, the moderator approves,
 * and a visitor finds it on the city map with a filter and downloads it for their calendar.
 */
class OpportunityJourneyIT extends BrowserTest {

    static final String TITLE = "Pogovorna skupina o duševnem zdravju";

    private void signInEnglish(String email) {
        signIn(email, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
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

    private void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
    }

    private void waitSaved() {
        assertThat(page.locator("#autosave-status")).containsText("Saved at");
    }

    @Test
    void provider_publishes_through_the_wizard_and_moderation_and_a_visitor_finds_it() throws Exception {
        // The provider starts an opportunity and fills the first two steps.
        signInEnglish("provider@mesta.example");
        open("provider/opportunities");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New opportunity")).click();
        page.waitForURL(u -> u.contains("/provider/opportunity/"));
        String wizardUrl = page.url();
        field("Title (Slovenian)").fill(TITLE);
        field("Short summary (Slovenian)").fill("Varen prostor za pogovor o stresu in počutju.");
        field("Description (Slovenian)").fill("Vsak teden se dobimo v **mladinskem centru**.");
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Type")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Workshop")).click();
        page.getByText("Mental health", new Page.GetByTextOptions().setExact(true)).click();
        waitSaved();
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("mesta-picture", ".png");
        java.nio.file.Files.write(picture, org.mesta.opportunity.OpportunityServiceTestData.png(1200, 800));
        page.locator("vaadin-upload input[type=file]").setInputFiles(picture);
        page.locator("#opportunity-image").waitFor();
        field("What the picture shows").fill("Mladi v krogu se pogovarjajo");
        snap("1-wizard-basics");
        next();
        String day = LocalDate.now().plusDays(14).format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ENGLISH));
        Locator starts = page.locator("vaadin-date-time-picker").first();
        starts.locator("input").nth(0).fill(day);
        starts.locator("input").nth(0).press("Enter");
        starts.locator("input").nth(1).fill("5:00 PM");
        starts.locator("input").nth(1).press("Enter");
        Locator ends = page.locator("vaadin-date-time-picker").nth(1);
        ends.locator("input").nth(0).fill(day);
        ends.locator("input").nth(0).press("Enter");
        ends.locator("input").nth(1).fill("7:00 PM");
        ends.locator("input").nth(1).press("Enter");
        page.waitForTimeout(500);
        next();
        assertThat(page.locator("li[aria-current=step]")).hasText("3. Where");
        waitSaved();

        // The browser closes half-way; nothing is lost and the wizard resumes at the same step.
        newBrowser();
        signInEnglish("provider@mesta.example");
        page.navigate(wizardUrl);
        assertThat(page.locator("li[aria-current=step]")).hasText("3. Where");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
        assertThat(field("Title (Slovenian)")).hasValue(TITLE);
        next();
        next();

        // Where: the place is picked on the map.
        Locator map = page.locator("mesta-map").first();
        map.scrollIntoViewIfNeeded();
        map.locator("canvas").first().waitFor();
        page.waitForTimeout(500);
        map.click(new Locator.ClickOptions().setPosition(300, 150));
        page.waitForFunction("() => document.querySelector('vaadin-number-field input').value !== ''");
        field("Venue name").fill("Mladinski center Ljubljana");
        snap("2-wizard-where");
        next();

        // Who and how to join.
        field("Youngest age").fill("15");
        field("Oldest age").fill("25");
        page.getByText("Slovenian", new Page.GetByTextOptions().setExact(true)).click();
        field("Sign-up link").fill("https://example.org/prijava");
        waitSaved();
        next();
        assertThat(page.locator("#opportunity-title")).hasText(TITLE);
        snap("3-wizard-review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for moderation")).click();
        page.waitForURL(u -> u.endsWith("/provider/opportunities"));
        assertThat(page.locator("vaadin-grid")).containsText("Waiting for moderation");
        snap("4-provider-list");

        // The moderator asks for a change.
        newBrowser();
        signInEnglish("moderator@mesta.example");
        open("moderation/queue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review " + TITLE)).click();
        assertThat(page.locator("#opportunity-title")).hasText(TITLE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request changes")).click();
        assertThat(page.locator("vaadin-text-area[invalid]")).isVisible();
        snap("5-moderation-detail");
        page.getByLabel("Reason for the provider").fill("Prosimo, dodajte naslov prizorišča.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request changes")).click();
        page.waitForURL(u -> u.endsWith("/moderation/queue"));

        // The provider sees why, fixes it and submits again.
        newBrowser();
        signInEnglish("provider@mesta.example");
        open("provider/opportunities");
        assertThat(page.locator("vaadin-grid")).containsText("Prosimo, dodajte naslov prizorišča.");
        page.navigate(wizardUrl);
        assertThat(page.locator("#decision-reason")).containsText("Prosimo, dodajte naslov prizorišča.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
        field("Address").fill("Metelkova 6, Ljubljana");
        waitSaved();
        next();
        next();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for moderation")).click();
        page.waitForURL(u -> u.endsWith("/provider/opportunities"));

        // The moderator approves.
        newBrowser();
        signInEnglish("moderator@mesta.example");
        open("moderation/queue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review " + TITLE)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        page.waitForURL(u -> u.endsWith("/moderation/queue"));

        // A visitor finds it on the city page with a filter, opens it and downloads it.
        newBrowser();
        open("cities/ljubljana");
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Theme")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Mental health")).click();
        assertThat(page.locator("vaadin-grid")).containsText(TITLE);
        snap("6-city-page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open " + TITLE)).click();
        assertThat(page.locator("#opportunity-title")).hasText(TITLE);
        Download download = page.waitForDownload(() -> page.click("#ics-download"));
        String ics = Files.readString(download.path());
        assertThat(ics).contains("BEGIN:VEVENT").contains("SUMMARY:" + TITLE.substring(0, 20));
        assertNoConsoleErrors();
    }
}
