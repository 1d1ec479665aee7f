package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each demo role's home at desktop and phone size: it shows its figures and blocks, nothing runs off the side of a
 * 390 px screen, and a screenshot of both is left in target/screenshots for a person to look at.
 */
class DashboardsIT extends BrowserTest {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "learner@mesta.example, learner",
        "provider@mesta.example, provider",
        "moderator@mesta.example, moderation",
        "ambassador@mesta.example, ambassador",
        "cityadmin@mesta.example, city",
        "networkadmin@mesta.example, network"
    })
    void each_role_s_dashboard_fits_a_desktop_and_a_phone(String email, String path) throws Exception {
        signIn(email, DEMO_PASSWORD);
        waitForPath(path);
        page.locator(".mesta-figures").first().waitFor();
        page.locator("#workspace-greeting").waitFor();
        assertThat(page.locator(".mesta-figure").count()).isPositive();
        String who = email.substring(0, email.indexOf('@'));
        shoot(who + "-desktop");

        page.setViewportSize(390, 844);
        page.reload();
        page.locator(".mesta-figures").first().waitFor();
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal scroll on a phone")
                .isLessThanOrEqualTo(0);
        shoot(who + "-phone");
        assertNoConsoleErrors();
    }

    private void shoot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve("DashboardsIT-" + name + ".png")));
    }
}
