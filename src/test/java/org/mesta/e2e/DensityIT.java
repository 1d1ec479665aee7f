package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;

/**
 * The demo city admin turns on the activity density on Ljubljana's map: the heat layer is drawn under the markers
 * with its legend, and the busiest areas are listed as text; on a desktop and on a phone.
 */
class DensityIT extends BrowserTest {

    static final Path SHOTS = SCREENSHOTS.resolve("density");

    @Test
    void the_city_admin_sees_activity_density_on_the_city_map_on_desktop_and_phone() throws Exception {
        Files.createDirectories(SHOTS);
        signIn(page, SignedIn.CITY_ADMIN, SignedIn.DEMO_PASSWORD);

        page.setViewportSize(1280, 800);
        densityOn();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desktop-1280x800.png")));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("desktop-1280x800-full.png"))
                .setFullPage(true));

        page.setViewportSize(390, 844);
        densityOn();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-390x844.png")));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("phone-390x844-full.png"))
                .setFullPage(true));
        assertNoConsoleErrors();
    }

    /**
     * Pixels in the heat map's warm colours (green, yellow, red): the basemap is pale, the markers blue and white, so
     * only the heat layer draws these (its legend aside).
     */
    private static int heatPixels(Locator map) {
        try {
            // the legend's colour bar would count too: hidden for the shot
            map.evaluate("m => m.querySelector('.mesta-map-legend').style.visibility = 'hidden'");
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(map.screenshot()));
            map.evaluate("m => m.querySelector('.mesta-map-legend').style.visibility = ''");
            int count = 0;
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    int rgb = shot.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    if (b < 110 && (g > 150 || r > 190)) count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the city page afresh, turns density on and waits until the heat layer is drawn. */
    @SuppressWarnings("unchecked")
    private void densityOn() {
        open("cities/ljubljana");
        Locator map = page.locator("#city-map");
        map.locator("canvas").first().waitFor();
        Locator toggle = page.locator("#show-density");
        assertThat(toggle).hasAttribute("aria-pressed", "false");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        page.waitForFunction("() => document.querySelector('#city-map').heatCount() > 0"
                + " && document.querySelector('#city-map').heatDrawn");
        assertThat(page.locator("#city-map .mesta-map-legend")).isVisible();
        // the demo city admin reads Slovenian: the summary's shape, not its words
        assertThat(page.locator("#density-summary h3")).isVisible();
        assertThat(page.locator("#density-summary li").first()).containsText(Pattern.compile("\\d"));
        // a WebGL canvas of its own besides the markers' canvas
        assertThat(((Number) map.evaluate("m => m.querySelectorAll('canvas').length")).intValue())
                .isGreaterThanOrEqualTo(2);
        page.waitForTimeout(500);
        // the markers come from the GeoJSON endpoint, fetched by the browser
        page.waitForFunction("() => document.querySelector('#city-map').sourceLoads > 0");
        assertThat(heatPixels(map)).as("heat colours drawn on the map").isGreaterThan(50);
        Map<String, Integer> counts = (Map<String, Integer>) map.evaluate("m => m.renderedCounts()");
        assertThat(counts.get("clusters") + counts.get("singles"))
                .as("markers stay")
                .isPositive();
    }
}
