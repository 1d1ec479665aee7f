package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.mesta.badge.DccForger;

/**
 * What a stranger meets where trust is decided, at desktop and at phone size: the verify page's verdicts on a
 * badge Mesta cannot vouch for, the sign-in pause of the rate limit, and the not-found page.
 */
class TrustScreensIT extends BrowserTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("vaadin-i18n.translations");

    @Test
    void a_stranger_s_badge_is_only_signed_by_a_key_and_an_edited_one_is_tampered() throws Exception {
        JsonObject foreign = DccForger.sign(
                        DccForger.Job.of("elsewhere", DccForger.elsewhere("mojca@example.org"), "mallory")
                                .issuerIs("mallory"))
                .get("elsewhere")
                .credential();
        JsonObject edited =
                Json.createObjectBuilder(foreign).add("name", "Doctorate").build();

        for (boolean phone : new boolean[] {false, true}) {
            if (phone) page.setViewportSize(390, 844);
            open("verify");
            page.fill("vaadin-text-area textarea", foreign.toString());
            page.click("vaadin-button:has-text('" + EN.getString("verify.check") + "')");
            page.waitForSelector("#verify-signer");
            assertThat(page.textContent("#verify-status")).isEqualTo(EN.getString("verify.status.unknown_issuer"));
            assertThat(page.textContent("#verify-result"))
                    .doesNotContain("Elsewhere Academy")
                    .doesNotContain(
                            EN.getString("verify.issuer").replace("{0}", "").strip());
            page.locator("#verify-result").scrollIntoViewIfNeeded();
            snap("unknown-issuer" + (phone ? "-phone" : ""));

            page.fill("vaadin-text-area textarea", edited.toString());
            page.click("vaadin-button:has-text('" + EN.getString("verify.check") + "')");
            page.waitForSelector("#verify-status:has-text('" + EN.getString("verify.status.tampered") + "')");
            assertThat(page.textContent("#verify-result")).doesNotContain("Doctorate");
            page.locator("#verify-result").scrollIntoViewIfNeeded();
            snap("tampered" + (phone ? "-phone" : ""));
            assertNoHorizontalScroll();
        }
    }

    @Test
    void the_sign_in_pause_says_how_long_to_wait_and_a_missing_page_says_nothing_is_here() {
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) page.setViewportSize(390, 844);
            open("login?limited=120");
            // The message lives in the login form's shadow DOM: Playwright's text selector reaches into it.
            page.waitForSelector("text=try again in 2 minutes");
            snap("sign-in-paused" + (phone ? "-phone" : ""));
            assertNoHorizontalScroll();
            Object reachable =
                    page.evaluate("() => [...document.querySelectorAll(\"a[href='register'], a[href='login']\")]"
                            + ".every(a => a.getBoundingClientRect().right <= window.innerWidth)");
            assertThat(reachable)
                    .as("the top bar's Sign in and Register fit on the screen")
                    .isEqualTo(true);

            open("opportunities/987654321");
            page.waitForSelector("text=" + EN.getString("error.page.not-found.title") + " >> visible=true");
            snap("not-found" + (phone ? "-phone" : ""));
            assertNoHorizontalScroll();
        }
        assertNoConsoleErrors();
    }

    private void assertNoHorizontalScroll() {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(wider).isEqualTo(false);
    }
}
