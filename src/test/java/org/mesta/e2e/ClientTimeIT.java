package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Times are shown in the reader's own time zone: the same notice (Bor's mention in the demo campaign) seen from a
 * browser in UTC and from one in UTC+14 (Kiribati) shows hours fourteen apart.
 */
class ClientTimeIT extends BrowserTest {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private int minutesShown(Page p) {
        p.navigate(url("login"));
        p.waitForSelector("vaadin-login-form");
        p.fill("input[name=username]", "ambassador2@mesta.example");
        p.fill("input[name=password]", DEMO_PASSWORD);
        p.click("vaadin-button[slot=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        p.waitForSelector("vaadin-app-layout");
        p.locator("#inbox-bell").click();
        // The panel's notices are drawn when it opens (they are not kept in the session while it is closed).
        p.locator("#inbox-list [role=listitem]").first().waitFor();
        String text = p.locator("#inbox-list").innerText();
        Matcher m = TIME.matcher(text);
        assertThat(m.find()).as("a time in: " + text).isTrue();
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    @Test
    void notices_show_the_time_in_the_browsers_time_zone() {
        int utc = minutesShown(page);
        int kiribati = minutesShown(secondBrowser("Pacific/Kiritimati"));
        assertThat(Math.floorMod(kiribati - utc, 24 * 60)).isEqualTo(14 * 60);
    }
}
