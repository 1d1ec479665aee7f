package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sessions follow the account, in two real browsers: a person signed in in one browser is signed out at their
 * next click there when a city admin removes their role, or when they change their password in the other
 * browser (which stays signed in). The click is a Vaadin round trip, not a page load: Vaadin finds its session
 * gone and the browser reloads onto the login page.
 */
class SessionsIT extends BrowserTest {

    private static final String PASSWORD = "xena's first password";

    @Autowired
    TranslationProvider translations;

    @Autowired
    AccountService accounts;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, Locale.ENGLISH, args);
    }

    private void moderator(String email, String name) {
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        SignedIn.as(
                users,
                SignedIn.NETWORK_ADMIN,
                () -> accounts.createAccount(
                        email, name, PASSWORD, ljubljana, "en", EnumSet.of(Role.LEARNER, Role.MODERATOR)));
    }

    private void signInAs(Page p, String email, String password) {
        p.navigate(url("login"));
        p.waitForSelector("vaadin-login-form");
        p.fill("input[name=username]", email);
        p.fill("input[name=password]", password);
        p.click("vaadin-button[slot=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        p.waitForSelector("vaadin-app-layout");
    }

    private void openAccount(Page p) {
        p.navigate(url("account"));
        p.waitForSelector("vaadin-app-layout");
        assertThat(p.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(t("nav.account"))
                                        .setExact(true))
                        .first())
                .isVisible();
    }

    /** A click that only talks to the server over Vaadin's UIDL channel. */
    private void clickChangePassword(Page p) {
        p.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(t("account.change-password"))
                                .setExact(true))
                .click();
    }

    private void landsOnLogin(Page p) {
        p.waitForURL(u -> u.contains("/login"));
        assertThat(p.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void a_removed_role_signs_the_person_out_at_their_next_click() {
        moderator("xena.role@example.org", "Xena Role");
        signInAs(page, "xena.role@example.org", PASSWORD);
        openAccount(page);

        Page admin = secondBrowser();
        signInAs(admin, "cityadmin@mesta.example", DEMO_PASSWORD);
        admin.locator("#language-switcher").click();
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("language.en")))
                .click();
        admin.waitForTimeout(800);
        admin.navigate(url("city/people"));
        admin.getByLabel(t("people.search")).fill("xena.role@example.org");
        // The search is lazy: let the grid settle on the one person before clicking in its row.
        admin.waitForTimeout(1500);
        try {
            admin.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(t("people.revoke-named", t("role.moderator"), "Xena Role"))
                                    .setExact(true))
                    .click();
            // The dialog's buttons are not in the accessibility tree Playwright reads: found by their text.
            admin.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText(t("people.revoke.confirm")))
                    .click();
            assertThat(admin.getByText(t("people.revoked"))).isVisible();
        } finally {
            admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("SessionsIT-city-admin.png")));
        }

        clickChangePassword(page);
        landsOnLogin(page);
        snap("signed-out-after-role-removed");

        signInAs(page, "xena.role@example.org", PASSWORD);
        openAccount(page);
        assertThat(page.locator("vaadin-form-layout").first()).containsText(t("role.learner"));
        assertThat(page.locator("vaadin-form-layout").first()).not().containsText(t("role.moderator"));
    }

    @Test
    void a_password_changed_in_one_browser_signs_the_other_out_and_keeps_this_one() {
        moderator("xena.password@example.org", "Xena Password");
        signInAs(page, "xena.password@example.org", PASSWORD);
        openAccount(page);

        Page other = secondBrowser();
        signInAs(other, "xena.password@example.org", PASSWORD);
        openAccount(other);
        other.getByLabel(t("account.current-password"), new Page.GetByLabelOptions().setExact(true))
                .fill(PASSWORD);
        other.getByLabel(t("reset.password"), new Page.GetByLabelOptions().setExact(true))
                .fill("xena's second password");
        other.getByLabel(t("reset.repeat"), new Page.GetByLabelOptions().setExact(true))
                .fill("xena's second password");
        clickChangePassword(other);
        assertThat(other.getByText(t("account.password-changed"))).isVisible();

        clickChangePassword(page);
        landsOnLogin(page);

        openAccount(other);
        assertThat(other.locator("vaadin-login-form")).hasCount(0);
    }
}
