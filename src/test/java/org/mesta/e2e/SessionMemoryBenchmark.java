package org.mesta.e2e;

import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.springframework.test.context.TestPropertySource;

/**
 * Server memory per session, printed, not asserted (bin/benchmark runs it; the test suite does not): N anonymous
 * visits to a city page, N ambassadors on their campaign board and N providers in the opportunity wizard, each a
 * browser of its own (so a session of its own) kept open while the server's heap is read after full collections. Two figures per kind:
 *
 * <ul>
 *   <li><b>held</b>: the heap freed when those sessions end (expired on the server, as their timeout would) while the
 *       browsers stay open: what the sessions, their UIs and their push connections hold, on the server alone. This
 *       is the figure #17's goals are about (at most 100 KB per anonymous visit, 150 KB per signed-in session).
 *   <li><b>heap growth</b>: the heap's growth while they are open, minus N browsers fetching a stateless endpoint.
 *       Playwright's client runs in this JVM too, and its share of a page with push and many requests is larger than
 *       of the stateless control, so this figure is the upper bound.
 * </ul>
 *
 * An idle keep-alive HTTP connection holds tens of kilobytes of Tomcat buffers, and a browser keeps several open after
 * a Vaadin page: the server closes them after 2 s here and the reading waits for that, so the figures are the
 * sessions' (and their push connections'), not the idle sockets'.
 */
@TestPropertySource(properties = "server.tomcat.keep-alive-timeout=2s")
class SessionMemoryBenchmark extends BrowserTest {

    static final int SESSIONS = 20;

    @Test
    void server_memory_per_anonymous_visit_and_per_signed_in_session() {
        Browser browser = context.browser();
        // Warm-up: classes loaded, caches (GeoJSON answers, translations, the demo's cards) filled once.
        cityVisit(page);
        boardSession(page);

        Held control = perSession(browser, p -> {
            p.navigate(url("api/health"));
            p.waitForLoadState();
        });
        Held anonymous = perSession(browser, this::cityVisit);
        Held signedIn = perSession(browser, this::boardSession);
        draft = wizardDraft();
        BrowserContext warm = browser.newContext(); // signed out: the warm-up page above is an ambassador's
        wizardSession(warm.newPage());
        warm.close();
        Held wizard = perSession(browser, this::wizardSession);

        System.out.println();
        System.out.println("BENCHMARK sessions: server memory per browser, " + SESSIONS + " browsers each");
        System.out.printf(
                Locale.ROOT, "BENCHMARK   Playwright client only (stateless page): %d KB%n", control.growth() / 1024);
        print("anonymous city-page visit (cities/ljubljana, map loaded)", anonymous, control, 100);
        print("signed-in session (ambassador's campaign board, push on)", signedIn, control, 150);
        print("signed-in session (provider's opportunity wizard)", wizard, control, 150);
        System.out.println("BENCHMARK   (held: the heap after GC freed per session when the sessions end while the"
                + " browsers stay open; heap growth: after GC, minus the stateless control, which leaves the"
                + " Playwright client's share of a richer page in it)");
        System.out.println();
    }

    /** Per browser: the heap's growth after GC while open, and what ending their sessions frees. */
    record Held(long growth, long freed) {}

    private static void print(String what, Held held, Held control, int goalKb) {
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK   %s: held %d KB (heap growth %d KB)   goal <= %d KB%n",
                what,
                held.freed() / 1024,
                (held.growth() - control.growth()) / 1024,
                goalKb);
    }

    /** The city page until its map shows markers and its list its first cards. */
    private void cityVisit(Page p) {
        p.navigate(url("cities/ljubljana"));
        p.waitForSelector("#opportunity-list > *");
        p.waitForFunction("() => { const m = document.querySelector('#city-map');"
                + " return m && m.renderedCounts && (m.renderedCounts().clusters + m.renderedCounts().singles) > 0; }");
    }

    private long draft;

    @org.springframework.beans.factory.annotation.Autowired
    org.mesta.opportunity.OpportunityService opportunities;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @org.springframework.beans.factory.annotation.Autowired
    org.mesta.base.RateLimits limits;

    /** A complete draft of the demo provider's, which every provider browser opens in the wizard. */
    private long wizardDraft() {
        SignedIn.as(users, SignedIn.PROVIDER);
        try {
            long organisation = org.mesta.base.MestaUser.require()
                    .organisationIds()
                    .iterator()
                    .next();
            var o = opportunities.create(organisation);
            return opportunities
                    .saveDraft(
                            o.getId(),
                            o.getVersion(),
                            org.mesta.opportunity.OpportunityServiceTestData.complete("Memory"),
                            1)
                    .getId();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile("^(Next|Naprej)$");
    private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile("^(Back|Nazaj)$");

    /** A provider in the wizard, having stepped through it all. */
    private void wizardSession(Page p) {
        // 20 sign-ins of one demo account from one address is not what the sign-in limits guard against.
        org.mesta.base.RateLimitsTestAccess.forgetAll(limits);
        p.navigate(url("login"));
        p.fill("input[name=username]", SignedIn.PROVIDER);
        p.fill("input[name=password]", SignedIn.DEMO_PASSWORD);
        p.click("vaadin-button[slot=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        p.waitForSelector("#logout");
        p.navigate(url("provider/opportunity/" + draft));
        p.waitForSelector(".mesta-wizard-steps li[aria-current=step]");
        // From the first step through every step to the review, and back to "who and how to join" (the step with
        // the most fields): the session has built every step, and what the steps left hold is their values alone.
        while (!shown(p, 1)) step(p, BACK);
        while (!shown(p, 6)) step(p, NEXT);
        step(p, BACK);
        step(p, BACK);
    }

    private static boolean shown(Page p, int step) {
        return p.locator(".mesta-wizard-steps li:nth-child(" + step + ")[aria-current=step]")
                        .count()
                > 0;
    }

    private static void step(Page p, java.util.regex.Pattern button) {
        String before = p.locator(".mesta-wizard-steps li[aria-current=step]").innerText();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        p.waitForFunction(
                "b => document.querySelector('.mesta-wizard-steps li[aria-current=step]').innerText !== b", before);
    }

    /** Two ambassadors take turns: one account may sign in only 20 times in 10 minutes (RateLimits). */
    private int signIns;

    private void boardSession(Page p) {
        p.navigate(url("login"));
        p.fill("input[name=username]", signIns++ % 2 == 0 ? SignedIn.AMBASSADOR : "ambassador2@mesta.example");
        p.fill("input[name=password]", SignedIn.DEMO_PASSWORD);
        p.click("vaadin-button[slot=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        // The page signing in leads to is ready (as a person sees it before clicking on): a page left before its
        // client started cannot tell the server it is gone, so its UI would stay until its heartbeats are missed.
        p.waitForSelector("#logout");
        p.navigate(url("ambassador/campaigns"));
        p.waitForSelector(".campaign-board");
    }

    /**
     * Heap growth after full collections while SESSIONS browsers have done the visit and stay open, each; the classes
     * that grew most are printed too, to say where the memory goes.
     */
    private Held perSession(Browser browser, Consumer<Page> visit) {
        java.util.Set<String> earlier = ServerSessions.ids(web);
        long before = usedAfterGc();
        Map<String, Long> classesBefore = histogram();
        List<BrowserContext> open = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext c = browser.newContext(new Browser.NewContextOptions()
                        .setLocale("en-GB")
                        .setViewportSize(1280, 860)
                        .setTimezoneId("UTC"));
                c.setDefaultTimeout(30_000);
                open.add(c);
                visit.accept(c.newPage());
            }
            // Let the last round trips (viewport reports after the map settled) finish and idle connections close.
            open.getLast().pages().getFirst().waitForTimeout(5000);
            long after = usedAfterGc();
            sessionsSeen(web);
            heapDump();
            Map<String, Long> classesAfter = histogram();
            printLargest(classesBefore, classesAfter, 12, SESSIONS);
            // What the sessions hold, measured on the server alone: end them (as their timeout would) while the
            // browsers, and so the Playwright client's objects, stay; the heap freed is theirs.
            long beforeEnd = usedAfterGc(); // read again: the dump and the histogram above leave some behind
            int ended = ServerSessions.endAllBut(web, earlier);
            open.getLast().pages().getFirst().waitForTimeout(3000);
            long afterEnd = usedAfterGc();
            // What ending them freed, by class: the server's share alone (the growth above includes Playwright's).
            Map<String, Long> classesEnded = histogram();
            System.out.println("BENCHMARK       freed when the sessions ended, per session:");
            printLargest(classesEnded, classesAfter, 16, SESSIONS);
            System.out.printf(Locale.ROOT, "BENCHMARK       sessions ended %d; after that: ", ended);
            sessionsSeen(web);
            return new Held((after - before) / SESSIONS, (beforeEnd - afterEnd) / SESSIONS);
        } finally {
            open.forEach(BrowserContext::close);
        }
    }

    private int dumps;

    /**
     * With -Dmesta.heapdump=/some/dir, a heap dump (live objects) per phase while its sessions are open, to say what
     * holds the memory (a dominator tree, e.g. Eclipse MAT's).
     */
    private void heapDump() {
        String dir = System.getProperty("mesta.heapdump");
        if (dir == null) return;
        try {
            var diagnostics = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            String file = dir + "/sessions-" + (++dumps) + ".hprof";
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file));
            diagnostics.dumpHeap(file, true);
            System.out.println("BENCHMARK       heap dump: " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext web;

    /** What the open sessions hold besides their components: their UIs and each UI's last answer kept for a resend. */
    static void sessionsSeen(org.springframework.boot.web.server.context.WebServerApplicationContext web) {
        int uis = 0;
        long answers = 0;
        long nodes = 0;
        int largest = -1;
        com.vaadin.flow.component.UI largestUi = null;
        String largestByTag = "";
        Map<String, Integer> routes = new java.util.TreeMap<>();
        int sessions = 0;
        for (var session : ServerSessions.manager(web).findSessions()) {
            sessions++;
            var names = session.getSession().getAttributeNames();
            while (names.hasMoreElements()) {
                if (session.getSession().getAttribute(names.nextElement())
                        instanceof com.vaadin.flow.server.VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        for (var ui : vaadin.getUIs()) {
                            uis++;
                            routes.merge(
                                    ui.getInternals().getActiveViewLocation().getPath()
                                            + (ui.isClosing() ? " (closing)" : ""),
                                    1,
                                    Integer::sum);
                            var byTag = org.mesta.StateNodes.byTag(ui);
                            int total = org.mesta.StateNodes.total(byTag);
                            nodes += total;
                            if (total > largest) {
                                largest = total;
                                largestUi = ui;
                                largestByTag = ui.getInternals()
                                                .getActiveViewLocation()
                                                .getPath() + " " + byTag;
                            }
                            String last = ui.getInternals().getLastRequestResponse();
                            answers += last == null ? 0 : last.length();
                        }
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        }
        if (largestUi != null) {
            // The largest UI's state tree, by element and by what its elements listen to: where it goes.
            System.out.println("BENCHMARK       largest UI's state nodes: " + largest + " " + largestByTag);
            System.setProperty("mesta.nodes.debug", "true"); // each with its element's start
            largestUi.getSession().lock();
            try {
                org.mesta.StateNodes.listeners(largestUi)
                        .forEach((k, v) -> System.out.println("BENCHMARK         " + v + " x " + k));
            } finally {
                largestUi.getSession().unlock();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK       sessions %d, UIs %d %s, state nodes %d, last answers kept %d chars in all%n",
                sessions,
                uis,
                routes,
                nodes,
                answers);
    }

    /** The classes that grew most from one histogram to the other, per session. */
    static void printLargest(Map<String, Long> from, Map<String, Long> to, int most, int per) {
        to.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - from.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(most)
                .forEach(e ->
                        System.out.printf(Locale.ROOT, "BENCHMARK       %6d B  %s%n", e.getValue() / per, e.getKey()));
    }

    /** Bytes on the heap by class (the JVM's class histogram, which collects first). */
    static Map<String, Long> histogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            Map<String, Long> bytes = new HashMap<>();
            for (String line : text.split("\n")) {
                String[] p = line.trim().split("\\s+");
                if (p.length >= 4 && p[0].endsWith(":")) bytes.merge(p[3], Long.parseLong(p[2]), Long::sum);
            }
            return bytes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects until the used heap stops shrinking (two readings within 64 KiB), then reads it. */
    static long usedAfterGc() {
        AtomicLong previous = new AtomicLong(Long.MAX_VALUE);
        return await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            System.gc();
                            long used = ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed();
                            return Math.abs(previous.getAndSet(used) - used) < 64 * 1024 ? used : -1L;
                        },
                        used -> used >= 0);
    }
}
