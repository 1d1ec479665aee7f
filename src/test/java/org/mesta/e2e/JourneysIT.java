package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main journeys of the foundation, as people do them in a real browser. */
class JourneysIT extends BrowserTest {

    @ParameterizedTest(name = "{0} lands in {1}")
    @CsvSource({
        "learner@mesta.example, learner, My learning",
        "provider@mesta.example, provider, My organisations",
        "ambassador@mesta.example, ambassador, Ambassador space",
        "moderator@mesta.example, moderation, Moderation",
        "cityadmin@mesta.example, city, City overview",
        "networkadmin@mesta.example, network, Network overview"
    })
    void each_role_signs_in_and_lands_in_its_workspace(String email, String path, String title) {
        page.navigate(url(""));
        page.locator("#language-switcher").waitFor();
        signIn(email, DEMO_PASSWORD);
        waitForPath(path);
        // Demo people of Ljubljana prefer Slovenian; switch to English to compare titles in one language.
        page.locator("vaadin-side-nav-item[current]").waitFor();
        if (!page.locator("vaadin-side-nav-item[current]").textContent().contains(title)) {
            chooseLanguage("English");
            waitForPath(path);
        }
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText(title);
        assertThat(page.locator("#logout")).isVisible();
        assertNoConsoleErrors();
    }

    @Test
    void a_young_person_registers_and_signs_in_to_the_learner_workspace() {
        open("register");
        page.getByLabel("Your name").fill("Zala Novak");
        page.getByLabel("Email").fill("zala.e2e@example.org");
        page.locator("vaadin-password-field").nth(0).locator("input").fill("my long secret words");
        page.locator("vaadin-password-field").nth(1).locator("input").fill("my long secret words");
        page.getByLabel("Your city").fill("Ljublj");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Ljubljana"))
                .first()
                .click();
        // 13 or 14 in Slovenia, under the age of digital consent (15): the form asks for a guardian's address. A day
        // after the 12th, so that a date typed in the wrong order fails instead of meaning another day.
        birthDate(LocalDate.of(Year.now().getValue() - 14, 1, 20));
        page.getByLabel("Your parent or guardian's e-mail").fill("zala.guardian.e2e@example.org");
        page.getByText("I have read how Mesta handles my data").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        waitForPath("login");
        signIn("zala.e2e@example.org", "my long secret words");
        waitForPath("learner");
        assertThat(page.locator("#workspace-greeting")).hasText("Hello, Zala Novak!");
        assertNoConsoleErrors();
    }

    @Test
    void the_language_switcher_turns_the_page_slovenian_and_back() {
        open("");
        assertThat(page.locator("h1")).hasText("Learning happens everywhere in your city");
        chooseLanguage("Slovenščina");
        assertThat(page.locator("h1")).hasText("Učenje se dogaja povsod v tvojem mestu");
        page.reload();
        assertThat(page.locator("h1")).hasText("Učenje se dogaja povsod v tvojem mestu");
        chooseLanguage("English");
        assertThat(page.locator("h1")).hasText("Learning happens everywhere in your city");
    }

    @Test
    void visitors_reach_a_city_page_from_the_network_map_in_slovenian() {
        context.close();
        context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions().setLocale("sl-SI").setViewportSize(1280, 860));
        page = context.newPage();
        open("");
        assertThat(page.locator("h1")).hasText("Učenje se dogaja povsod v tvojem mestu");
        page.locator("#network-map canvas").first().waitFor();
        page.getByText("Maribor · SI").click();
        page.waitForURL(u -> u.endsWith("/cities/maribor"));
        assertThat(page.locator("h2")).hasText("Učenje v mestu Maribor");
        assertThat(page.getByText("Dodaj vse priložnosti v svoj koledar (.ics)"))
                .isVisible();
    }

    @Test
    void a_learner_opening_an_admin_page_is_told_it_is_not_allowed() {
        signIn("learner@mesta.example", DEMO_PASSWORD);
        waitForPath("learner");
        open("network/cities");
        assertThat(page.locator("#forbidden-title")).isVisible();
    }

    @Test
    void an_anonymous_visitor_opening_a_protected_page_is_asked_to_sign_in() {
        page.navigate(url("city/people"));
        waitForPath("login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void repeated_wrong_passwords_pause_sign_in_with_the_same_message_as_a_wrong_password() {
        // A fresh account of its own, so the pause does not disturb other tests.
        String email = "lockout.e2e@example.org";
        registerQuickly(email);
        for (int i = 0; i < 3; i++) {
            signIn(email, "wrong password " + i);
            waitForPath("login?error");
        }
        String wrongPasswordMessage = errorMessage();
        signIn(email, "the right password 123");
        waitForPath("login?error");
        assertThat(errorMessage()).isEqualTo(wrongPasswordMessage);
        assertThat(wrongPasswordMessage).contains("sign-in pauses for a few minutes");
    }

    private String errorMessage() {
        var message = page.locator("vaadin-login-form-wrapper [part='error-message']");
        message.waitFor();
        return message.innerText();
    }

    private void registerQuickly(String email) {
        open("register");
        page.getByLabel("Your name").fill("Lock Out");
        page.getByLabel("Email").fill(email);
        page.locator("vaadin-password-field").nth(0).locator("input").fill("the right password 123");
        page.locator("vaadin-password-field").nth(1).locator("input").fill("the right password 123");
        page.getByLabel("Your city").fill("Mari");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Maribor"))
                .first()
                .click();
        birthDate(LocalDate.of(1990, 5, 20));
        page.getByText("I have read how Mesta handles my data").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        waitForPath("login");
    }

    /** Types a birth date as the English date picker reads it (month/day/year) and closes its calendar. */
    private void birthDate(LocalDate day) {
        page.getByLabel("Date of birth").fill(day.format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
        // Enter takes the typed date and closes the calendar (which would otherwise cover the form).
        page.getByLabel("Date of birth").press("Enter");
        page.locator("vaadin-date-picker-overlay")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
    }

    private void chooseLanguage(String label) {
        page.locator("#language-switcher").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label))
                .click();
        page.waitForLoadState();
        page.waitForTimeout(500);
        page.waitForSelector("vaadin-app-layout");
    }
}
