package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.base.MestaUser;
import org.mesta.base.TranslationProvider;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The city map's street tiles in Chromium, without internet: the app's tile URL points at a loopback tile
 * server started here, which answers every tile with one plain colour. Served, those tiles are drawn (and the
 * Content-Security-Policy lets exactly that origin through); blocked, the bundled basemap takes over and the
 * map says so, with the city's opportunities still on it.
 */
class MapTilesIT extends BrowserTest {

    static final Color TILE = new Color(255, 214, 102);
    static final Color MARKER = new Color(0x0b, 0x5f, 0xd3);
    static final Queue<String> tileRequests = new ConcurrentLinkedQueue<>();
    static final HttpServer tiles = tileServer();
    private static boolean published;

    @Autowired
    TranslationProvider translations;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    UserDetailsService users;

    @DynamicPropertySource
    static void tilesFromTheLoopbackServer(DynamicPropertyRegistry registry) {
        registry.add("mesta.map.tile-url", () -> tileOrigin() + "/tiles/{z}/{x}/{y}.png");
        registry.add("mesta.map.tile-attribution", () -> "Test tiles");
    }

    static String tileOrigin() {
        return "http://127.0.0.1:" + tiles.getAddress().getPort();
    }

    /** Every tile the same colour, with a darker edge so that tiles show as tiles in a screenshot. */
    private static HttpServer tileServer() {
        try {
            BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(TILE.darker());
            g.fillRect(0, 0, 256, 256);
            g.setColor(TILE);
            g.fillRect(1, 1, 254, 254);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            byte[] body = png.toByteArray();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/tiles/", exchange -> {
                tileRequests.add(exchange.getRequestURI().getPath());
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                // The map asks for tiles with crossOrigin=anonymous, as OpenStreetMap allows.
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopTileServer() {
        tiles.stop(0);
    }

    /** A few approved opportunities at real places in Ljubljana, so the city page has markers of its own. */
    @BeforeEach
    void opportunitiesInLjubljana() {
        if (published) return;
        List<GeoPoint> places = List.of(
                new GeoPoint(46.0514, 14.5060),
                new GeoPoint(46.0569, 14.4960),
                new GeoPoint(46.0620, 14.5150),
                new GeoPoint(46.0455, 14.4890));
        for (int i = 0; i < places.size(); i++) {
            OpportunityDraft draft = at(OpportunityServiceTestData.complete("Zemljevid " + (i + 1)), places.get(i));
            Opportunity o = SignedIn.as(users, SignedIn.PROVIDER, () -> {
                long organisation =
                        MestaUser.require().organisationIds().iterator().next();
                Opportunity created = opportunities.create(organisation);
                created = opportunities.saveDraft(created.getId(), created.getVersion(), draft, 4);
                return opportunities.submit(created.getId(), created.getVersion());
            });
            SignedIn.run(
                    users,
                    SignedIn.MODERATOR,
                    () -> moderation.decide(
                            o.getId(), opportunities.get(o.getId()).getVersion(), Status.APPROVED, null));
        }
        published = true;
    }

    private static OpportunityDraft at(OpportunityDraft d, GeoPoint place) {
        return new OpportunityDraft(
                d.texts(),
                d.type(),
                d.themes(),
                d.format(),
                d.startsAt(),
                d.endsAt(),
                d.ongoing(),
                place,
                d.venue(),
                d.address(),
                d.onlineUrl(),
                d.ageMin(),
                d.ageMax(),
                d.capacity(),
                d.free(),
                d.price(),
                d.languages(),
                d.access(),
                d.accessibilityNotes(),
                d.joinUrl(),
                d.joinEmail(),
                d.joinPhone(),
                d.sessions());
    }

    private Locator cityMap() {
        Locator map = page.locator("#city-map");
        map.locator("canvas").first().waitFor();
        page.waitForFunction("() => { const c = document.querySelector('#city-map').renderedCounts();"
                + " return c.singles + c.clusters > 0; }");
        return map;
    }

    @Test
    void blocked_tiles_give_way_to_the_bundled_basemap_which_says_so_and_keeps_the_markers() {
        page.route(tileOrigin() + "/**", Route::abort);
        open("cities/ljubljana");
        Locator map = cityMap();
        String line = translations.getTranslation("map.tiles-fallback", Locale.ENGLISH);
        assertThat(map.locator(".mesta-map-notice")).hasText(line);
        assertThat(map.locator(".mesta-map-notice")).isVisible();
        assertThat((Boolean) map.evaluate("m => m.usingFallback")).isTrue();
        assertThat((Boolean) map.evaluate("m => m.map.getAllLayers().at(-1).getVisible()"))
                .as("the marker layer stays on top")
                .isTrue();
        page.waitForTimeout(500);
        assertThat(share(map, MARKER)).as("markers drawn on the basemap").isGreaterThan(0.0005);
        assertThat(share(map, TILE)).isZero();
        snap("fallback-desktop");

        page.setViewportSize(390, 844);
        open("cities/ljubljana");
        map = cityMap();
        assertThat(map.locator(".mesta-map-notice")).isVisible();
        page.waitForTimeout(500);
        assertThat(share(map, MARKER)).isGreaterThan(0.0005);
        map.scrollIntoViewIfNeeded();
        snap("fallback-phone");
    }

    @Test
    void tiles_from_the_configured_server_are_drawn_and_allowed_by_the_content_security_policy() {
        tileRequests.clear();
        Response response = page.navigate(url("cities/ljubljana"));
        assertThat(response.headerValue("content-security-policy"))
                .contains("img-src 'self' data: blob: " + tileOrigin() + ";");
        page.waitForSelector("vaadin-app-layout");
        Locator map = cityMap();
        awaitTiles(map);
        assertThat(tileRequests)
                .as("framed at city zoom: no tiles of the world view on the way")
                .isNotEmpty()
                .allMatch(p -> p.matches("/tiles/1[0-5]/\\d+/\\d+\\.png"));
        assertThat(map.locator(".mesta-map-notice")).hasCount(0);
        assertThat((Boolean) map.evaluate("m => m.usingFallback")).isFalse();
        assertThat(map.locator(".ol-attribution")).containsText("Test tiles");
        snap("tiles-desktop");

        page.setViewportSize(390, 844);
        open("cities/ljubljana");
        map = cityMap();
        awaitTiles(map);
        map.scrollIntoViewIfNeeded();
        snap("tiles-phone");
        assertThat(consoleErrors).isEmpty();
    }

    /** Waits until tiles cover most of the map (they arrive one by one). */
    private void awaitTiles(Locator map) {
        double share = 0;
        for (int i = 0; i < 40 && share < 0.6; i++) {
            page.waitForTimeout(250);
            share = share(map, TILE);
        }
        assertThat(share).as("share of the map covered by the served tiles").isGreaterThan(0.6);
    }

    /** Which share of the map's pixels has (nearly) this colour. */
    private static double share(Locator map, Color colour) {
        try {
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(map.screenshot()));
            long hits = 0;
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    Color c = new Color(shot.getRGB(x, y));
                    if (Math.abs(c.getRed() - colour.getRed())
                                    + Math.abs(c.getGreen() - colour.getGreen())
                                    + Math.abs(c.getBlue() - colour.getBlue())
                            < 24) {
                        hits++;
                    }
                }
            }
            return (double) hits / ((long) shot.getWidth() * shot.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
