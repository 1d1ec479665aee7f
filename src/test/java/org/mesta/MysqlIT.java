package org.mesta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.OpenBadgesService;
import org.mesta.badge.Verification;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.CampaignDraft;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.ChecklistService;
import org.mesta.campaign.CommentService;
import org.mesta.campaign.PublicEvent;
import org.mesta.campaign.ReachingOutService;
import org.mesta.campaign.RecommendationService;
import org.mesta.campaign.Stage;
import org.mesta.city.City;
import org.mesta.city.CityDraft;
import org.mesta.city.CityService;
import org.mesta.city.OrganisationDraft;
import org.mesta.map.BoundingBox;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicQuery;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Theme;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.mesta.security.InvitationDraft;
import org.mesta.security.InvitationService;
import org.mesta.security.MembershipService;
import org.mesta.security.OrganisationRole;
import org.mesta.security.RegistrationDraft;
import org.mesta.security.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The migrations and the repositories against a real MySQL-compatible server (MariaDB, started by bin/test)
 * through MySQL Connector/J and the mysql profile. Skipped only outside CI when no server is configured.
 */
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
class MysqlIT {

    private static final String URL = System.getenv("MESTA_TEST_MYSQL_URL");

    @BeforeAll
    static void serverConfigured() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(URL)
                    .as("MESTA_TEST_MYSQL_URL (bin/test starts MariaDB and sets it)")
                    .isNotBlank();
        }
        assumeThat(URL).as("no MySQL server configured (run bin/test)").isNotBlank();
    }

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        if (URL != null) {
            registry.add("spring.datasource.url", () -> URL);
            registry.add(
                    "spring.datasource.username", () -> System.getenv().getOrDefault("MESTA_TEST_MYSQL_USER", "mesta"));
            registry.add(
                    "spring.datasource.password", () -> System.getenv().getOrDefault("MESTA_TEST_MYSQL_PASSWORD", ""));
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CityService cities;

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitationService;

    @Autowired
    MembershipService membershipService;

    @Autowired
    RegistrationService registration;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void runs_on_mysql_connector_against_a_real_server_with_all_migrations_applied() {
        String product = jdbc.queryForObject("select version()", String.class);
        assertThat(product).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 0", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class))
                .isPositive();
    }

    @Autowired
    org.mesta.base.ClusterLocks clusterLocks;

    @Autowired
    net.javacrumbs.shedlock.core.LockProvider lockProvider;

    /** ShedLock's rows on MySQL, with the database's clock: held locks refuse, freed ones are taken again. */
    @Test
    void cluster_locks_work_on_mysql() {
        var held = lockProvider
                .lock(new net.javacrumbs.shedlock.core.LockConfiguration(
                        java.time.Instant.now(),
                        "mysql-test",
                        java.time.Duration.ofMinutes(1),
                        java.time.Duration.ZERO))
                .orElseThrow();
        int[] ran = new int[1];
        assertThat(clusterLocks.alone("mysql-test", java.time.Duration.ofMillis(500), () -> ran[0]++))
                .isFalse();
        held.unlock();
        assertThat(clusterLocks.alone("mysql-test", java.time.Duration.ofMillis(500), () -> ran[0]++))
                .isTrue();
        assertThat(ran[0]).isOne();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'mysql-test'", Integer.class))
                .isOne();
    }

    @Test
    void demo_network_is_stored_with_names_in_every_language() {
        City belgrade = cities.findCityBySlug("belgrade").orElseThrow();
        assertThat(belgrade.name(Locale.forLanguageTag("sl"))).isEqualTo("Beograd");
        assertThat(belgrade.name(Locale.ENGLISH)).isEqualTo("Belgrade");
        assertThat(cities.allCities(Locale.ENGLISH)).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void accounts_roles_memberships_and_searches_work_on_mysql() {
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        Account learner = registration.register(new RegistrationDraft(
                "Ema Šubic",
                "Ema.Subic@Example.org",
                "mysql long password",
                ljubljana,
                "sl",
                java.time.LocalDate.of(2000, 5, 1),
                null,
                true));
        assertThatThrownBy(() -> registration.register(new RegistrationDraft(
                        "Ema",
                        "EMA.SUBIC@example.org",
                        "mysql long password",
                        ljubljana,
                        "sl",
                        java.time.LocalDate.of(2000, 5, 1),
                        null,
                        true)))
                .isInstanceOf(UserError.class);

        as(users, CITY_ADMIN);
        assertThat(accounts.searchPeople(null, "šubic", PageRequest.of(0, 10)))
                .extracting(Account::getId)
                .containsExactly(learner.getId());
        var org = cities.saveOrganisation(new OrganisationDraft(
                null,
                0,
                ljubljana,
                "Kino Šiška Youth Lab",
                "Film workshops",
                "https://kinosiska.example",
                "lab@kinosiska.example"));
        assertThat(cities.searchOrganisations(null, "šiška", PageRequest.of(0, 10)))
                .hasSize(1);
        invitationService.invite(
                new InvitationDraft(
                        "crew@kinosiska.example", Role.PROVIDER, ljubljana, org.getId(), OrganisationRole.EDITOR),
                Locale.ENGLISH);
        assertThat(invitationService.openInvitations(ljubljana))
                .extracting(i -> i.getEmail())
                .contains("crew@kinosiska.example");

        as(users, NETWORK_ADMIN);
        Account member = accounts.createAccount(
                "member.mysql@example.org", "Member", "mysql long password", ljubljana, "en", EnumSet.of(Role.LEARNER));
        accounts.addMember(org.getId(), member.getId(), OrganisationRole.ISSUER);
        assertThat(membershipService.members(org.getId()))
                .extracting(m -> m.getAccount().getEmail())
                .containsExactly("member.mysql@example.org");
    }

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities publicOpportunities;

    @Test
    void opportunities_go_through_moderation_and_the_public_queries_on_mysql() {
        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        var o = opportunities.create(organisation);
        o = opportunities.saveDraft(
                o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Šiškina delavnica"), 4);
        o = opportunities.submit(o.getId(), o.getVersion());
        as(users, MODERATOR);
        assertThat(moderation.queue(null, PageRequest.of(0, 50)))
                .extracting(x -> x.getId())
                .contains(o.getId());
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        var query = new PublicQuery(
                ljubljana,
                new BoundingBox(45.9, 14.3, 46.2, 14.7),
                null,
                null,
                Theme.INCLUSION,
                AccessFeature.STEP_FREE,
                true,
                16,
                LocalDate.now(),
                null,
                50);
        long id = o.getId();
        assertThat(publicOpportunities.cards(query)).extracting(p -> p.id()).contains(id);
        assertThat(publicOpportunities.findPublic(id).orElseThrow().texts("sl").title())
                .isEqualTo("Šiškina delavnica");
        assertThat(publicOpportunities.currentForCity(ljubljana))
                .extracting(p -> p.id())
                .contains(id);
        assertThat(publicOpportunities.publicVersion(ljubljana).lastModified()).isAfter(Instant.EPOCH);
        // Crowded viewports are grouped on a grid, from the index read from MySQL.
        var crowded = new PublicQuery(
                ljubljana, new BoundingBox(45.9, 14.3, 46.2, 14.7), null, null, null, null, false, null, null, null, 1);
        as(users, PROVIDER);
        var second = opportunities.create(organisation);
        second = opportunities.saveDraft(
                second.getId(), second.getVersion(), OpportunityServiceTestData.complete("Druga"), 4);
        second = opportunities.submit(second.getId(), second.getVersion());
        as(users, MODERATOR);
        moderation.decide(second.getId(), second.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        assertThat(publicOpportunities.clustersIfMoreThan(crowded, 0.03125))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.count()).isPositive());
    }

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Test
    void badges_are_designed_awarded_signed_baked_and_verified_on_mysql() {
        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        var b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        assertThat(badges.png(b.getId(), "sl", 128)).startsWith(0x89, 'P', 'N', 'G');
        var made = awards.awardFromCsv(b.getId(), "email\nmysql.learner@example.org\n", "sl");
        assertThat(made.ok()).isTrue();
        var award = awards.awardsOf(b.getId()).getFirst();
        assertThat(award.getCredential()).contains("eddsa-rdfc-2022");
        SecurityContextHolder.clearContext();
        assertThat(openBadges
                        .verify(openBadges.bakedPng(award), null, "mysql.learner@example.org")
                        .status())
                .isEqualTo(Verification.Status.VALID);
    }

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ChecklistService checklist;

    @Autowired
    CommentService comments;

    @Autowired
    RecommendationService library;

    @Autowired
    ReachingOutService reachingOut;

    @Test
    void campaigns_keep_their_board_order_team_and_public_event_on_mysql() {
        as(users, AMBASSADOR);
        var a = board.create("MySQL campaign A", CampaignKind.ADVOCACY, null);
        var b = board.create(
                "MySQL campaign B",
                CampaignKind.ARTS,
                library.recommendations(null, false).getFirst().getId());
        board.move(b.getId(), b.getVersion(), Stage.IDEA, 0, null);
        var idea = board.board(new BoardService.BoardFilter(false, null, null, Stage.IDEA));
        assertThat(idea.getFirst().id()).isEqualTo(b.getId());
        assertThat(idea)
                .extracting(BoardService.BoardCard::position)
                .containsExactlyElementsOf(
                        IntStream.range(0, idea.size()).boxed().toList());
        assertThat(campaigns.get(a.getId()).getVersion()).isEqualTo(a.getVersion());
        checklist.addTask(a.getId(), "Call the school", null, LocalDate.of(2027, 1, 5));
        comments.comment(a.getId(), "@Bor Ambassador look at this");
        assertThat(campaigns.activity(a.getId())).isNotEmpty();
        var saved = campaigns.save(
                b.getId(),
                campaigns.get(b.getId()).getVersion(),
                new CampaignDraft(
                        "MySQL campaign B",
                        CampaignKind.ARTS,
                        "goal",
                        "",
                        Set.of(Theme.INCLUSION),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        false,
                        List.of(),
                        List.of()));
        var withEvent = reachingOut.publishEvent(
                b.getId(),
                saved.getVersion(),
                new PublicEvent(
                        "Open mic",
                        "Poems about inclusion",
                        "",
                        LocalDateTime.of(2027, 3, 1, 18, 0),
                        LocalDateTime.of(2027, 3, 1, 20, 0),
                        null,
                        null,
                        null,
                        "https://example.org/open-mic"));
        assertThat(reachingOut.eventStatus(withEvent.getId())).contains("opportunity.status.submitted");
        assertThat(library.recommendations(Theme.PARTICIPATION, false)).isNotEmpty();
    }

    /** Two people reordering one column at once: InnoDB locks differently from H2, so the moves are tried here too. */
    @Test
    void moves_in_one_column_at_the_same_time_all_land_on_mysql() throws InterruptedException {
        List<String> people = List.of(AMBASSADOR, "ambassador2@mesta.example");
        List<org.mesta.campaign.Campaign> cards = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            as(users, people.get(i % 2));
            cards.add(board.create("MySQL busy " + i, CampaignKind.ARTS, null));
        }
        SecurityContextHolder.clearContext();

        assertThat(org.mesta.campaign.ConcurrentMoves.run(board, users, people, cards, 10))
                .as("every move landed")
                .isEmpty();
        as(users, AMBASSADOR);
        var idea = board.board(new BoardService.BoardFilter(false, null, null, Stage.IDEA));
        assertThat(idea)
                .extracting(BoardService.BoardCard::position)
                .as("positions close up: 0, 1, 2…")
                .containsExactlyElementsOf(
                        IntStream.range(0, idea.size()).boxed().toList());
        assertThat(idea)
                .extracting(BoardService.BoardCard::id)
                .containsAll(
                        cards.stream().map(org.mesta.campaign.Campaign::getId).toList());
    }

    @Autowired
    EventPublicationRepository registry;

    @Test
    void reactions_to_events_are_kept_in_the_event_publication_registry_on_mysql() {
        as(users, PROVIDER);
        long badge = BadgeTestData.published(badges).getId();
        awards.award(badge, List.of("registry@mysql.example"), "en");
        Predicate<EventPublication> mail = p ->
                p.getEvent() instanceof AwardService.BadgeAwarded a && a.email().equals("registry@mysql.example");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> registry.findCompletedPublications().stream().anyMatch(mail));
        assertThat(registry.findIncompletePublications()).noneMatch(mail);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE STATUS = 'COMPLETED'", Integer.class))
                .isPositive();
    }

    @Test
    void concurrent_edits_are_detected_on_mysql_too() {
        as(users, NETWORK_ADMIN);
        City city = cities.saveCity(new CityDraft(
                null,
                0,
                "mysql-town",
                Map.of("en", "MySQL Town"),
                "SI",
                46,
                14,
                11,
                "en",
                Set.of("en", "sl"),
                "Europe/Ljubljana"));
        CityDraft stale = city.toDraft();
        cities.saveCity(new CityDraft(
                stale.id(),
                stale.version(),
                stale.slug(),
                Map.of("en", "Renamed"),
                "SI",
                46,
                14,
                11,
                "en",
                Set.of("en"),
                "Europe/Ljubljana"));
        assertThatThrownBy(() -> cities.saveCity(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        cities.deleteCity(city.getId());
        assertThat(cities.findCityBySlug("mysql-town")).isEmpty();
    }

    @Autowired
    org.mesta.pathway.JoiningService joining;

    /** The per-session row lock holds on InnoDB too: 50 parallel joins for 20 places, 20 in and 30 waiting. */
    @Test
    void fifty_parallel_joins_for_twenty_places_give_twenty_in_and_thirty_waiting_on_mysql() throws Exception {
        java.time.LocalDateTime start = org.mesta.pathway.JoiningTestData.inDays(5, 17);
        var o = org.mesta.pathway.JoiningTestData.published(
                users, opportunities, moderation, publicOpportunities, badges, 20, false, false, start);
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        java.util.List<String> people = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(org.mesta.pathway.JoiningTestData.learner(registration, ljubljana, "Maria " + i));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(50);
        var go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<org.mesta.pathway.Participant.Status>> results =
                new java.util.ArrayList<>();
        java.time.Instant at =
                start.atZone(org.mesta.pathway.JoiningTestData.LJUBLJANA).toInstant();
        for (String email : people) {
            results.add(pool.submit(() -> {
                go.await();
                return as(users, email, () -> joining.join(o.id(), at).myStatus());
            }));
        }
        go.countDown();
        java.util.Map<org.mesta.pathway.Participant.Status, Integer> counts = new java.util.HashMap<>();
        for (var f : results) counts.merge(f.get(), 1, Integer::sum);
        pool.shutdown();
        assertThat(counts)
                .containsEntry(org.mesta.pathway.Participant.Status.JOINED, 20)
                .containsEntry(org.mesta.pathway.Participant.Status.WAITING, 30);
    }
}
