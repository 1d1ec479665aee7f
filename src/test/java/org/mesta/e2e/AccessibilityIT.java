package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every page, signed out and as each role, in English and Slovenian: no serious or critical axe-core violation of
 * WCAG 2.1 A/AA, and a title that names the page. Routes come from the {@code @Route} annotations (developer pages
 * left out); who opens a route follows its access annotation. Desktop (1280 × 860) covers every route; the phone
 * (390 × 844) covers the public pages and each role's landing page, which is where young people arrive.
 * The findings are written to target/accessibility.txt.
 */
class AccessibilityIT extends BrowserTest {

    private static final String PASSWORD = "mesta-demo-2026";
    private static final String ANONYMOUS = "";
    private static final Map<String, String> ACCOUNT_OF_ROLE = Map.of(
            "LEARNER", "learner@mesta.example",
            "PROVIDER", "provider@mesta.example",
            "AMBASSADOR", "ambassador@mesta.example",
            "MODERATOR", "moderator@mesta.example",
            "CITY_ADMIN", "cityadmin@mesta.example",
            "NETWORK_ADMIN", "networkadmin@mesta.example");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    private String axe;
    private final List<String> findings = new ArrayList<>();
    private final List<String> notCovered = new ArrayList<>();
    private int visits;

    @Test
    void every_page_passes_axe_in_both_languages_signed_out_and_as_each_role() throws Exception {
        axe = axeSource();
        ensureEveryKindOfOpportunityPage();
        Map<String, List<String>> desktop = routesByVisitor();
        Map<String, List<String>> phone = new TreeMap<>();
        desktop.forEach((who, paths) -> phone.put(who, who.equals(ANONYMOUS) ? paths : List.of("")));
        long started = System.nanoTime();
        for (String language : List.of("en", "sl")) {
            for (var e : desktop.entrySet()) {
                visitAll(e.getKey(), e.getValue(), language, false);
            }
            for (var e : phone.entrySet()) {
                visitAll(e.getKey(), e.getValue(), language, true);
            }
        }
        String report = "visits: " + visits + " in " + (System.nanoTime() - started) / 1_000_000_000 + " s\n"
                + "not covered (no demo data to open them with): " + notCovered + "\n\n" + String.join("\n", findings);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "accessibility.txt"), report);
        assertThat(findings).as(report).isEmpty();
    }

    /**
     * Pages that need an opportunity (its public page and the front page's picture card, the provider's wizard,
     * the moderator's decision) are checked even where the demo network has none yet: one published with a
     * picture, one waiting for a moderator.
     */
    private void ensureEveryKindOfOpportunityPage() throws Exception {
        try {
            SignedIn.as(users, SignedIn.PROVIDER);
            long organisation = MestaUser.require().organisationIds().iterator().next();
            Opportunity published = opportunities.create(organisation);
            published = opportunities.saveDraft(
                    published.getId(),
                    published.getVersion(),
                    OpportunityServiceTestData.complete("Delavnica murala"),
                    4);
            published = opportunities.setImage(
                    published.getId(),
                    OpportunityServiceTestData.png(800, 450),
                    OpportunityServiceTestData.alt("sl", "Mladi slikajo mural na steno mladinskega centra"));
            published = opportunities.submit(published.getId(), published.getVersion());
            Opportunity waiting = opportunities.create(organisation);
            waiting = opportunities.saveDraft(
                    waiting.getId(), waiting.getVersion(), OpportunityServiceTestData.complete("Pogovorni večer"), 4);
            opportunities.submit(waiting.getId(), waiting.getVersion());
            SignedIn.as(users, SignedIn.MODERATOR);
            moderation.decide(published.getId(), published.getVersion(), Status.APPROVED, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every route with the person who may open it (signed out for public pages), plus each role's landing page. */
    private Map<String, List<String>> routesByVisitor() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, List<String>> byVisitor = new TreeMap<>();
        for (var definition : scanner.findCandidateComponents("org.mesta")) {
            Class<?> view = Class.forName(definition.getBeanClassName());
            String template = view.getAnnotation(Route.class).value();
            if (template.startsWith("dev")) continue;
            String who = visitor(view);
            Optional<String> path = concrete(template, HasUrlParameter.class.isAssignableFrom(view));
            if (path.isEmpty()) {
                notCovered.add(template);
                continue;
            }
            byVisitor.computeIfAbsent(who, k -> new ArrayList<>()).add(path.get());
        }
        // Each role's landing page, and the error pages people meet.
        ACCOUNT_OF_ROLE
                .values()
                .forEach(account -> byVisitor
                        .computeIfAbsent(account, k -> new ArrayList<>())
                        .add(""));
        byVisitor.get(ANONYMOUS).add("no-such-page");
        byVisitor.get(ACCOUNT_OF_ROLE.get("LEARNER")).add("network/cities");
        byVisitor.values().forEach(list -> list.sort(String::compareTo));
        return byVisitor;
    }

    private static String visitor(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) return ANONYMOUS;
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles != null) return ACCOUNT_OF_ROLE.get(roles.value()[0]);
        if (view.isAnnotationPresent(PermitAll.class)) return ACCOUNT_OF_ROLE.get("LEARNER");
        throw new IllegalStateException(view + " has no access annotation");
    }

    /** A real address for a route: its parameter taken from the demo network of Ljubljana. */
    private Optional<String> concrete(String template, boolean takesParameter) {
        String providerOrgs = "(select m.organisation_id from membership m join account a on a.id = m.account_id"
                + " where a.email = 'provider@mesta.example')";
        String ljubljana = "(select id from city where slug = 'ljubljana')";
        // Route templates with named parameters (a session: its opportunity and its start in epoch seconds).
        if (template.startsWith("provider/check-in/") || template.startsWith("provider/participants/")) {
            return nearestSession(providerOrgs).map(s -> template.substring(0, template.indexOf(':')) + s);
        }
        // A city's public impact page: Ljubljana publishes some figures in the demo.
        if (template.equals("cities/:slug/impact")) return Optional.of("cities/ljubljana/impact");
        if (!takesParameter) return Optional.of(template);
        String sql = switch (template) {
            case "cities" -> "select 'ljubljana'";
            case "opportunities" ->
                "select min(opportunity_id) from published_opportunity where city_id = " + ljubljana;
            // An award page everyone may see: not revoked, its recipient not erased, not private or declined.
            case "awards" ->
                "select min(a.public_id) from award a where a.revoked_at is null and a.recipient_erased_at is null"
                        + " and not exists (select 1 from wallet_entry e where e.award_id = a.id"
                        + " and (e.visibility = 'PRIVATE' or e.state = 'DECLINED'))";
            case "u" -> "select min(handle) from public_profile where enabled = true";
            // The guardian's page as it greets a link that is no longer valid (tokens are only kept hashed).
            case "consent" -> "select 'no-longer-valid-link'";
            case "badges/apply" -> "select min(id) from badge where status = 'PUBLISHED'";
            case "provider/badge" -> "select min(id) from badge where organisation_id in " + providerOrgs;
            case "provider/badge/issue" ->
                "select min(id) from badge where status = 'PUBLISHED' and organisation_id in " + providerOrgs;
            case "provider/opportunity" -> "select min(id) from opportunity where organisation_id in " + providerOrgs;
            case "moderation/opportunity" ->
                "select min(id) from opportunity where status = 'SUBMITTED' and city_id = " + ljubljana;
            case "ambassador/campaign" -> "select min(id) from campaign where city_id = " + ljubljana;
            // The check-in landing as it answers a code that is not (or no longer) valid.
            case "checkin" -> "select 'no-longer-valid-code'";
            case "sessions/join" ->
                "select min(opportunity_id) from published_opportunity where city_id = " + ljubljana;
            case "pathways" -> "select min(id) from pathway where status = 'PUBLISHED' and city_id = " + ljubljana;
            case "organiser/pathway" -> "select min(id) from pathway where organisation_id in " + providerOrgs;
            case "moderation/pathways" ->
                "select min(id) from pathway where status = 'SUBMITTED' and city_id = " + ljubljana;
            default ->
                throw new IllegalStateException("no example parameter for the route " + template + ": add one here");
        };
        Object value = jdbc.queryForObject(sql, Object.class);
        return value == null ? Optional.empty() : Optional.of(template + "/" + value);
    }

    /** The provider's session nearest to now, as "opportunity/start" (starts are stored in UTC). */
    private Optional<String> nearestSession(String providerOrgs) {
        long now = java.time.Instant.now().getEpochSecond();
        return jdbc
                .query(
                        "select opportunity_id, starts_at from joining_session where organisation_id in "
                                + providerOrgs,
                        (rs, i) -> new long[] {
                            rs.getLong(1), rs.getTimestamp(2).toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC)
                        })
                .stream()
                .min(java.util.Comparator.comparingLong(x -> Math.abs(x[1] - now)))
                .map(x -> x[0] + "/" + x[1]);
    }

    private void visitAll(String who, List<String> paths, String language, boolean phone) {
        Browser browser = context.browser();
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions()
                .setLocale(language.equals("sl") ? "sl-SI" : "en-GB")
                .setViewportSize(phone ? 390 : 1280, phone ? 844 : 860)
                .setTimezoneId("Europe/Ljubljana")
                .setBypassCSP(true));
        ctx.setDefaultTimeout(30_000);
        try {
            Page p = ctx.newPage();
            if (!who.equals(ANONYMOUS)) {
                // The account's saved language wins over the browser's: set it, then sign in.
                jdbc.update("update account set preferred_language = ? where email = ?", language, who);
                p.navigate(url("login"));
                p.waitForSelector("vaadin-login-form");
                p.fill("input[name=username]", who);
                p.fill("input[name=password]", PASSWORD);
                p.click("vaadin-button[slot=submit]");
                p.waitForURL(u -> !u.contains("/login"));
            }
            for (String path : paths) {
                check(p, who, path, language, phone);
            }
        } finally {
            ctx.close();
        }
    }

    private void check(Page p, String who, String path, String language, boolean phone) {
        String where = String.format(
                "[%s %s %s] /%s", language, phone ? "phone" : "desktop", who.isEmpty() ? "signed out" : who, path);
        visits++;
        try {
            p.navigate(url(path));
            p.waitForSelector("vaadin-app-layout, vaadin-login-form, main");
            p.waitForFunction("() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                    + " return !!c && Object.values(c).every(x => !x.isActive || !x.isActive()); }");
            // Vaadin adds the stylesheets after the first render: wait until the theme's tokens apply, and the fonts.
            p.waitForFunction(
                    "() => getComputedStyle(document.documentElement).getPropertyValue('--mesta-accent-color') !== ''"
                            + " && document.fonts.status === 'loaded'");
            p.waitForTimeout(400);
            if (path.isEmpty() && who.isEmpty()) {
                screenshotOfWholePage(
                        p, "AccessibilityIT-home-" + language + "-" + (phone ? "phone" : "desktop") + ".png");
            }
            String title = p.title();
            // The bare app name says nothing about the page; in Slovenian, though, "Mesta" is the word for cities.
            if (title.isBlank() || (title.equals("Mesta") && language.equals("en"))) {
                findings.add(where + " title does not name the page: '" + title + "'");
            }
            if (p.evaluate("() => typeof window.axe").equals("undefined")) {
                p.evaluate(axe);
            }
            Object result = p.evaluate(
                    "async tags => { " + FRAMEWORK_OWN
                            + " const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},"
                            + " resultTypes: ['violations']});"
                            + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => ({...v, nodes: v.nodes.filter(n => !frameworkOwn(v.id, n))})).filter(v => v.nodes.length > 0)"
                            + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + '\\n      '"
                            + " + v.nodes.slice(0, 6).map(n => n.target.join(' >>> ') + ' | ' + (n.failureSummary || '').replace(/\\s+/g, ' '))"
                            + ".join('\\n      ')); }",
                    TAGS);
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) result;
            violations.forEach(
                    v -> findings.add(where + " (" + p.url().replaceFirst("^https?://[^/]+", "") + ") " + v));
        } catch (RuntimeException e) {
            findings.add(where + " could not be checked: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Findings about a Vaadin component's own shadow DOM that no application code can change, left out by name:
     * vaadin-tabs (role tablist) wraps its tabs in a scroll box, {@code <div id="scroll" tabindex="-1">}, which axe
     * reads as a non-tab child (aria-required-children). The tabs themselves are real tabs with a roving tabindex.
     */
    private static final String FRAMEWORK_OWN = "const frameworkOwn = (rule, node) => rule === 'aria-required-children'"
            + " && /vaadin-tabs(:nth-child\\(\\d+\\))?$/.test(node.target.join(' '))"
            + " && (node.failureSummary || '').includes('div[tabindex]') && !(node.failureSummary || '').includes('listitem');";

    /** The layout scrolls inside itself, so a full-page shot needs a tall window; the window is put back after. */
    private static void screenshotOfWholePage(Page p, String name) {
        var size = p.viewportSize();
        p.setViewportSize(size.width, 2600);
        p.waitForTimeout(500);
        // Lazy pictures below the window are not fetched, so only those in sight are waited for.
        p.waitForFunction("() => [...document.images].filter(i => i.getBoundingClientRect().top < innerHeight)"
                + ".every(i => i.complete)");
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
        p.setViewportSize(size.width, size.height);
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in)
                    .as("axe.min.js from com.deque.html.axe-core:playwright")
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
