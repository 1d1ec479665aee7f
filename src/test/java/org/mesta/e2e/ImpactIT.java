package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The impact dashboards in a browser: the chart is drawn (an SVG inside the chart element), a theme filter lands in
 * the URL, the CSV holds the table's numbers, the public page shows only what Ljubljana published; a screenshot of
 * each dashboard at desktop and phone size in target/screenshots/impact.
 */
class ImpactIT extends BrowserTest {

    static final Path SHOTS = SCREENSHOTS.resolve("impact");

    @Test
    void city_admin_filters_by_theme_and_downloads_the_numbers() throws Exception {
        signIn(CITY_ADMIN, DEMO_PASSWORD);
        waitForPath("city");
        open("admin/impact");
        page.locator("#figure-opportunities-by-theme mesta-chart svg").waitFor();
        shootBoth("city");

        // The demo city admin reads Slovenian: every label from that translation file.
        Properties sl = slovenian();
        String inclusion = sl.getProperty("opportunity.theme.inclusion");
        page.setViewportSize(1280, 800);
        page.locator("#impact-theme").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(inclusion))
                .click();
        page.waitForURL(u -> u.contains("theme=INCLUSION"));
        page.locator("#impact-period", new Page.LocatorOptions().setHasText(inclusion))
                .waitFor();
        page.locator("#figure-opportunities-by-theme mesta-chart svg").waitFor();

        Download download = page.waitForDownload(
                () -> page.locator("#csv-opportunities-by-theme").click());
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines.getFirst())
                .isEqualTo(sl.getProperty("impact.axis.theme") + "," + sl.getProperty("impact.series.opportunities"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(inclusion + ",[1-9][0-9]*"));
        assertNoConsoleErrors();
    }

    @Test
    void network_admin_sees_every_city() throws Exception {
        signIn(NETWORK_ADMIN, DEMO_PASSWORD);
        waitForPath("network");
        open("network/impact");
        page.locator("#figure-badges-by-theme mesta-chart svg").waitFor();
        assertThat(page.locator("#impact-per-city").textContent()).contains("Ljubljana");
        shootBoth("network");
        assertNoConsoleErrors();
    }

    @Test
    void the_public_page_shows_only_the_published_figures() throws Exception {
        open("cities/ljubljana/impact");
        page.locator("#figure-opportunities-by-theme mesta-chart svg").waitFor();
        assertThat(page.locator("#figure-campaign-outcomes").count()).isZero();
        assertThat(page.locator("#figure-badges-by-skill").count()).isZero();
        shootBoth("public");
        assertNoConsoleErrors();
    }

    private static Properties slovenian() throws Exception {
        Properties p = new Properties();
        try (var in = ImpactIT.class.getResourceAsStream("/vaadin-i18n/translations_sl.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** At 1280×800 and at 390×844, where nothing may run off the side. */
    private void shootBoth(String name) throws Exception {
        Files.createDirectories(SHOTS);
        page.setViewportSize(1280, 800);
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-1280.png")));
        page.setViewportSize(390, 844);
        page.reload();
        page.locator("mesta-chart svg").first().waitFor();
        page.waitForTimeout(300);
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal scroll on a phone")
                .isLessThanOrEqualTo(0);
        // The first rotated x label reaches left of its tick: it must still start inside the chart, not be cut off.
        Object cut = page.evaluate("() => [...document.querySelectorAll('mesta-chart')].flatMap(chart => {"
                + " const box = chart.getBoundingClientRect();"
                + " return [...chart.querySelectorAll('svg text')].filter(t => {"
                + " const r = t.getBoundingClientRect();"
                + " return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); })"
                + ".map(t => t.textContent); })");
        assertThat((List<?>) cut)
                .as("chart labels cut off at a chart's edge on a phone")
                .isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-390.png")));
    }
}
