package org.mesta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.Stage;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two app nodes on one MySQL database (#17): node A is this test's application context, node B the packaged jar
 * started as a second process on the same database (its own schema, {@code mesta_cluster}, made by bin/test) with the
 * same badge key secret. What one node changes, the other must show: a publication on B's public map within a second
 * or so (its in-memory index rechecks the database's per-city stamp once a second), a board move on a board open in
 * a browser on B within a few seconds, a revocation at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
class CrossNodeIT {

    private static NodeProcess nodeB;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    UserDetailsService users;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    BoardService board;

    /** As MysqlIT: required in CI, skipped only outside it when no server is configured. */
    @BeforeAll
    static void serverConfigured() {
        MysqlIT.serverConfigured();
    }

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        NodeProcess.asNodeA(registry);
    }

    /** Node B starts once node A (this context) has migrated the schema and loaded the demo network. */
    @BeforeEach
    void startNodeB() throws Exception {
        if (nodeB == null) nodeB = NodeProcess.start("cross-node-b");
    }

    @AfterAll
    static void stopNodeB() throws Exception {
        if (nodeB != null) nodeB.stop();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private HttpResponse<String> getFromB(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(nodeB.url(path)))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_publication_on_node_a_is_on_node_b_s_map_within_a_second_or_so() throws Exception {
        String title = "Cross-node workshop " + UUID.randomUUID().toString().substring(0, 8);
        String mapOfB = "/api/opportunities.geojson?city=ljubljana&bbox=14.3,45.9,14.7,46.2&limit=1000";
        // Node B has answered (and cached) the map before the publication.
        assertThat(getFromB(mapOfB).body()).doesNotContain(title);

        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        var o = opportunities.create(organisation);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), 4);
        o = opportunities.submit(o.getId(), o.getVersion());
        as(users, MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        long published = System.nanoTime();

        // The index rechecks the stamp once a second; the rest is headroom for a loaded CI machine.
        await().atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> getFromB(mapOfB).body().contains(title));
        System.out.printf(
                "CROSS-NODE publication on A seen on B's map after %d ms%n",
                (System.nanoTime() - published) / 1_000_000);
    }

    /** Node B's board learns of other nodes' moves from the database's per-city stamp (polled every second). */
    @Test
    void a_board_move_on_node_a_reaches_a_board_open_on_node_b() {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            Page bor = browser.newPage(new Browser.NewPageOptions().setLocale("en-GB"));
            bor.setDefaultTimeout(30_000);
            String b = nodeB.url("/");
            bor.navigate(b + "login");
            bor.fill("input[name=username]", "ambassador2@mesta.example");
            bor.fill("input[name=password]", DEMO_PASSWORD);
            bor.click("vaadin-button[slot=submit]");
            bor.waitForURL(u -> !u.contains("/login"));
            bor.navigate(b + "ambassador/campaigns");
            bor.waitForSelector(".campaign-board");

            as(users, AMBASSADOR);
            var campaign = board.create(
                    "Cross-node campaign " + UUID.randomUUID().toString().substring(0, 8), CampaignKind.ADVOCACY, null);
            board.move(campaign.getId(), campaign.getVersion(), Stage.PLANNING, 0, null);
            long moved = System.nanoTime();
            // One second's poll, the push to the browser, and headroom for a loaded CI machine.
            PlaywrightAssertions.assertThat(
                            bor.locator(".campaign-list[data-stage=PLANNING] #campaign-card-" + campaign.getId()))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(6_000));
            System.out.printf(
                    "CROSS-NODE board move on A shown on B's open board after %d ms%n",
                    (System.nanoTime() - moved) / 1_000_000);
            browser.close();
        }
    }

    @Test
    void a_revocation_on_node_a_is_seen_by_verification_on_node_b_at_once() throws Exception {
        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        var b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        String email = "cross-node-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(awards.awardFromCsv(b.getId(), "email\n" + email + "\n", "en")
                        .ok())
                .isTrue();
        var award = awards.awardsOf(b.getId()).getFirst();
        String assertion = "/ob/v2/assertions/" + award.getPublicId();
        assertThat(getFromB(assertion).statusCode())
                .as("node B hosts the assertion node A signed")
                .isEqualTo(200);

        awards.revoke(award.getId(), "Issued by mistake");

        HttpResponse<String> after = getFromB(assertion);
        assertThat(after.statusCode())
                .as("node B knows of the revocation at once")
                .isEqualTo(410);
    }
}
