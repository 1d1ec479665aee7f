package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.RateLimits;
import org.mesta.base.RateLimitsTestAccess;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.CampaignKind;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * #17: 50 signed-in UI sessions at once — half providers stepping through the opportunity wizard, half ambassadors
 * opening the campaign board and moving their card — driven by Playwright from several threads (each its own
 * Chromium with several contexts, so every session has its own cookies). Prints, nothing asserted as a timing:
 *
 * <ul>
 *   <li>failures (asserted to be none: every step must show its result in the browser);
 *   <li>the server time of the UI's round trips (Vaadin's UIDL requests, measured by a servlet filter around the whole
 *       server side), p50/p95 for one session alone and for all 50 at once;
 *   <li>what each signed-in session holds: the heap (after GC) that ending the sessions frees while the browsers stay
 *       open, divided by their number. Goal ≤ 150 KB per session. Also the heap's growth while they are open, which
 *       includes the five Playwright clients running in this JVM.
 * </ul>
 *
 * On this 2-core machine the 50 browsers share the cores with the server, so the concurrent figures include waiting
 * for a core that a real server would not share with its users' browsers.
 */
class UiLoadBenchmark extends BrowserTest {

    private static final int SESSIONS = Integer.getInteger("mesta.bench.sessions", 50);
    private static final int THREADS = 5;
    private static final int ROUNDS = 2;

    /** The server time of every UIDL request (nanoseconds) while {@link #recording} is set. */
    static final ConcurrentLinkedQueue<Long> ROUND_TRIPS = new ConcurrentLinkedQueue<>();

    static volatile boolean recording;

    /** Sessions opened in the concurrent phase (the heap they hold is divided by this). */
    private final AtomicInteger opened = new AtomicInteger();

    @TestConfiguration
    static class RoundTripTiming {
        @Bean
        FilterRegistrationBean<Filter> roundTripTiming() {
            Filter timing = (request, response, chain) -> {
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    String query = ((HttpServletRequest) request).getQueryString();
                    if (recording && query != null && query.contains("v-r=uidl")) {
                        ROUND_TRIPS.add(System.nanoTime() - start);
                    }
                }
            };
            var registration = new FilterRegistrationBean<>(timing);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }

    @Autowired
    UserDetailsService users;

    @Autowired
    RateLimits limits;

    @Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext web;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    BoardService board;

    /** One person's session: which journey, and what it works on (a draft, or a campaign card). */
    record Session(boolean provider, long id, Page page) {}

    private static final Pattern NEXT = Pattern.compile("^(Next|Naprej)$");
    private static final Pattern BACK = Pattern.compile("^(Back|Nazaj)$");

    private static void step(Page page, Pattern button) {
        String before = page.locator("li[aria-current=step]").innerText();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        page.waitForFunction("b => document.querySelector('li[aria-current=step]').innerText !== b", before);
    }

    private static Locator card(Page page, String stage, long id) {
        return page.locator(".campaign-list[data-stage=" + stage + "] #campaign-card-" + id);
    }

    /** Key presses that went nowhere (focus lost while the board was redrawn by someone else's move). */
    static final AtomicInteger RETRIES = new AtomicInteger();

    private static void move(Page page, long id, String from, String to, String keys) {
        for (int attempt = 1; ; attempt++) {
            card(page, from, id).focus();
            page.keyboard().press(keys);
            try {
                PlaywrightAssertions.assertThat(card(page, to, id))
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
                return;
            } catch (AssertionError e) {
                if (attempt == 3 || card(page, from, id).count() == 0) throw e;
                RETRIES.incrementAndGet();
            }
        }
    }

    /** One round of the session's journey: wizard Next and Back, or open the board and move the card there and back. */
    private void round(Session s) {
        Page p = s.page();
        if (s.provider()) {
            step(p, NEXT);
            step(p, BACK);
        } else {
            p.navigate(url("ambassador/campaigns"));
            move(p, s.id(), "IDEA", "PLANNING", "Alt+ArrowRight");
            move(p, s.id(), "PLANNING", "IDEA", "Alt+ArrowLeft");
        }
    }

    private Session open(Browser browser, int i, long id) {
        boolean provider = i % 2 == 0;
        BrowserContext c = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(1280, 860)
                .setTimezoneId("UTC"));
        c.setDefaultTimeout(60_000);
        Page p = c.newPage();
        // 50 sessions of three demo accounts from one address is not what the sign-in limits guard against.
        RateLimitsTestAccess.forgetAll(limits);
        signIn(p, provider ? PROVIDER : (i % 4 == 1 ? AMBASSADOR : "ambassador2@mesta.example"), DEMO_PASSWORD);
        p.navigate(url(provider ? "provider/opportunity/" + id : "ambassador/campaigns"));
        p.waitForSelector(provider ? "li[aria-current=step]" : ".campaign-board");
        opened.incrementAndGet();
        return new Session(provider, id, p);
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) return "no requests";
        return String.format(
                "p50 %.1f ms, p95 %.1f ms (%d round trips)",
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6,
                sorted.size());
    }

    @Test
    void fifty_signed_in_sessions_at_once() throws Exception {
        // What each session works on: its own draft (complete, so the wizard can step) or its own campaign card.
        List<Long> ids = new ArrayList<>();
        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        for (int i = 0; i < SESSIONS; i++) {
            if (i % 2 == 0) {
                var o = opportunities.create(organisation);
                ids.add(opportunities
                        .saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Load " + i), 1)
                        .getId());
            } else {
                as(users, i % 4 == 1 ? AMBASSADOR : "ambassador2@mesta.example");
                ids.add(board.create("Load campaign " + i, CampaignKind.ADVOCACY, null)
                        .getId());
                as(users, PROVIDER);
            }
        }
        SecurityContextHolder.clearContext();

        // One session alone first: the baseline round trip.
        Session alone = open(browserOf(page), 0, ids.get(0));
        Session aloneBoard = open(browserOf(page), 1, ids.get(1));
        recording = true;
        for (int r = 0; r < ROUNDS; r++) {
            round(alone);
            round(aloneBoard);
        }
        recording = false;
        List<Long> single = new ArrayList<>(ROUND_TRIPS);
        ROUND_TRIPS.clear();
        alone.page().context().close();
        aloneBoard.page().context().close();

        long before = SessionMemoryBenchmark.usedAfterGc();
        java.util.Set<String> earlier = ServerSessions.ids(web);
        opened.set(0);
        CountDownLatch roundsDone = new CountDownLatch(THREADS);
        CountDownLatch measured = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch allOpen = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            // Playwright is not thread-safe: each thread has its own instance and Chromium, used by it alone.
            workers.add(Thread.ofPlatform().start(() -> {
                boolean counted = false;
                try (Playwright pw = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                    Browser browser = pw.chromium()
                            .launch(new BrowserType.LaunchOptions()
                                    .setExecutablePath(
                                            Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                                    .setHeadless(true)
                                    .setArgs(List.of("--no-sandbox", "--disable-gpu")));
                    List<Session> mine = new ArrayList<>();
                    for (int i = thread; i < SESSIONS; i += THREADS) mine.add(open(browser, i, ids.get(i)));
                    allOpen.countDown();
                    counted = true;
                    go.await();
                    for (int r = 0; r < ROUNDS; r++) {
                        for (Session s : mine) {
                            try {
                                round(s);
                            } catch (RuntimeException | AssertionError e) {
                                failures.incrementAndGet();
                                System.out.println("BENCHMARK   failure: " + e.getMessage());
                            }
                        }
                    }
                    roundsDone.countDown();
                    measured.await(); // the browsers stay open while the server's heap is read
                    browser.close();
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.out.println("BENCHMARK   failure: " + e);
                    e.printStackTrace(System.out);
                } finally {
                    if (!counted) allOpen.countDown();
                    roundsDone.countDown(); // (again after a failure: the count only stops at zero)
                }
            }));
        }
        allOpen.await();
        long open = SessionMemoryBenchmark.usedAfterGc();
        recording = true;
        go.countDown();
        roundsDone.await();
        recording = false;
        // What the sessions hold, on the server alone: the heap their end frees while the browsers stay open.
        SessionMemoryBenchmark.sessionsSeen(web);
        Map<String, Long> classesBefore = SessionMemoryBenchmark.histogram();
        long afterRounds = SessionMemoryBenchmark.usedAfterGc(); // after the look above, which leaves some behind
        int ended = ServerSessions.endAllBut(web, earlier);
        Thread.sleep(3000);
        long whenEnded = SessionMemoryBenchmark.usedAfterGc();
        System.out.println("BENCHMARK   freed when the sessions ended, by class, per session:");
        SessionMemoryBenchmark.printLargest(SessionMemoryBenchmark.histogram(), classesBefore, 20, Math.max(1, ended));
        measured.countDown();
        for (Thread w : workers) w.join();
        List<Long> concurrent = new ArrayList<>(ROUND_TRIPS);

        System.out.println("BENCHMARK ui: " + SESSIONS + " signed-in sessions at once (" + SESSIONS / 2
                + " providers in the wizard, " + (SESSIONS - SESSIONS / 2) + " ambassadors on the board), " + THREADS
                + " Playwright threads, " + ROUNDS + " rounds each");
        System.out.println("BENCHMARK   server time per UI round trip, one session alone: " + summary(single));
        System.out.println(
                "BENCHMARK   server time per UI round trip, " + SESSIONS + " at once: " + summary(concurrent));
        System.out.printf(
                "BENCHMARK   held per signed-in session (the heap freed when the %d sessions end, browsers open):"
                        + " %.0f KB   goal <= 150 KB%n",
                ended, (afterRounds - whenEnded) / 1024.0 / Math.max(1, ended));
        System.out.printf(
                "BENCHMARK   heap growth per signed-in session (after GC, %d sessions open, Playwright's five clients"
                        + " in this JVM included): %.0f KB%n",
                opened.get(), (open - before) / 1024.0 / Math.max(1, opened.get()));
        System.out.println("BENCHMARK   failures: " + failures.get() + "; board key presses repeated because focus was"
                + " lost in a redraw: " + RETRIES.get());
        assertThat(failures).as("every step showed its result").hasValue(0);
    }

    private static Browser browserOf(Page page) {
        return page.context().browser();
    }
}
