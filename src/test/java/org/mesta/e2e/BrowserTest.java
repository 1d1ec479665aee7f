package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests: the packaged app on a random port, driven by Playwright in Debian's Chromium (headless).
 * Each test leaves a full-page screenshot in target/screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    /** A second person's browser (its own cookies, so its own session), when a test needs two. */
    BrowserContext otherContext;

    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(chromium))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(1280, 860)
                .setTimezoneId("UTC"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) consoleErrors.add(m.text());
        });
    }

    @AfterEach
    void screenshot(TestInfo info) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        String name = getClass().getSimpleName() + "-"
                + info.getTestMethod().orElseThrow().getName() + ".png";
        page.screenshot(
                new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
        context.close();
        if (otherContext != null) {
            otherContext.close();
            otherContext = null;
        }
    }

    /** A screenshot of the moment, for people to look at (target/screenshots). */
    void snap(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Animations run to their end first: a dialog that was just closed is gone, not fading out over the page.
        page.screenshot(new Page.ScreenshotOptions()
                .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED)
                .setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png")));
    }

    Page secondBrowser() {
        return secondBrowser("UTC");
    }

    /** A second browser whose clock is in the given time zone (IANA id). */
    Page secondBrowser(String timeZone) {
        otherContext = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(1280, 860)
                .setTimezoneId(timeZone));
        otherContext.setDefaultTimeout(20_000);
        return otherContext.newPage();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void open(String path) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout, vaadin-login-form");
    }

    void signIn(String email, String password) {
        open("login");
        page.fill("input[name=username]", email);
        page.fill("input[name=password]", password);
        page.click("vaadin-button[slot=submit]");
    }

    /**
     * Signs in in the given browser (the second one, say) and waits until the workspace shows: a page left before it
     * has loaded cannot tell the server it was closed, and its UI stays in the session until its heartbeats are missed
     * (minutes), which the memory benchmarks would count as the session's.
     */
    void signIn(Page p, String email, String password) {
        p.navigate(url("login"));
        p.fill("input[name=username]", email);
        p.fill("input[name=password]", password);
        p.click("vaadin-button[slot=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        p.waitForSelector("vaadin-app-layout");
    }

    void waitForPath(String path) {
        page.waitForURL(u -> u.equals(url(path)) || u.equals(url(path) + "/"));
    }

    void assertNoConsoleErrors() {
        assertThat(consoleErrors).isEmpty();
    }
}
