package org.mesta.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.Skills;
import org.mesta.impact.ImpactFilter;
import org.mesta.impact.ImpactService;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The city dashboard at the network's size (bin/benchmark; printed, nothing asserted): 100,000 opportunities (the
 * OpportunityBenchmark generator) and 1,000,000 awards with wallet entries, sessions and check-ins, in bulk JDBC
 * batches; then the server time of Ljubljana's dashboard (every figure, last 12 months), median and p95 of several
 * runs, without and with a theme. The rollups are rebuilt after the bulk insert (timed), as the nightly job would. On H2 (file); on MariaDB/MySQL instead when MESTA_TEST_MYSQL_URL names one
 * (bin/benchmark starts one as bin/test does and runs this class a second time).
 */
@SpringBootTest(properties = "logging.level.root=WARN")
@ActiveProfiles("test")
class ImpactBenchmark {

    static final int OPPORTUNITIES = Integer.getInteger("mesta.benchmark.opportunities", 100_000);
    static final int AWARDS = Integer.getInteger("mesta.benchmark.awards", 1_000_000);
    static final int LEARNERS = 20_000;
    static final int RUNS = 15;
    static final String MYSQL = System.getenv("MESTA_TEST_MYSQL_URL");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (MYSQL != null && !MYSQL.isBlank()) {
            registry.add("spring.datasource.url", () -> MYSQL);
            registry.add(
                    "spring.datasource.username", () -> System.getenv().getOrDefault("MESTA_TEST_MYSQL_USER", "mesta"));
            registry.add(
                    "spring.datasource.password", () -> System.getenv().getOrDefault("MESTA_TEST_MYSQL_PASSWORD", ""));
        } else {
            // A fresh database every run, so the figures are for exactly this data.
            try (var files = Files.walk(Path.of("target", "benchmark-impact-db"))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // nothing there yet
            }
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:file:./target/benchmark-impact-db/mesta;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImpactService impact;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void city_dashboard_at_a_million_awards() {
        String database = MYSQL == null || MYSQL.isBlank() ? "H2 file" : "MySQL/MariaDB";
        long start = System.nanoTime();
        OpportunityBenchmark.generate(jdbc, OPPORTUNITIES);
        long ljubljana = jdbc.queryForObject("select id from city where slug = 'ljubljana'", Long.class);
        generateActivity(ljubljana);
        double seconds = (System.nanoTime() - start) / 1e9;
        // Written in bulk around the services, as an import would be: the rollups are built as the nightly job does.
        long rebuild = System.nanoTime();
        SignedIn.as(users, SignedIn.NETWORK_ADMIN, () -> {
            impact.rebuildRollups();
            return null;
        });
        double rebuildSeconds = (System.nanoTime() - rebuild) / 1e9;
        long awardsInCity = jdbc.queryForObject(
                "select count(*) from award a join badge b on b.id = a.badge_id where b.city_id = ?",
                Long.class,
                ljubljana);

        long first = System.nanoTime();
        SignedIn.as(
                users, SignedIn.CITY_ADMIN, () -> impact.cityFigures(ljubljana, ImpactFilter.lastYear(clock, null)));
        System.out.printf(
                "BENCHMARK   impact: first city dashboard after generating: %d ms%n",
                (System.nanoTime() - first) / 1_000_000);
        String all = time(ljubljana, ImpactFilter.lastYear(clock, null));
        String themed = time(ljubljana, ImpactFilter.lastYear(clock, Theme.INCLUSION));
        System.out.println();
        System.out.printf(
                "BENCHMARK impact: %,d opportunities, %,d awards (%,d in Ljubljana) generated in %.0f s (%s)%n",
                OPPORTUNITIES, AWARDS, awardsInCity, seconds, database);
        System.out.printf("BENCHMARK   impact rollups rebuilt from every award in %.1f s%n", rebuildSeconds);
        System.out.println("BENCHMARK   city dashboard, every figure, last 12 months:   " + all + "   target <= 300");
        System.out.println("BENCHMARK   the same, one theme:                           " + themed);
        System.out.println();
    }

    /** Median and p95 in ms of the service call the dashboard makes, after three warm-up calls. */
    private String time(long city, ImpactFilter filter) {
        return SignedIn.as(users, SignedIn.CITY_ADMIN, () -> {
            for (int i = 0; i < 3; i++) impact.cityFigures(city, filter);
            long[] ms = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                impact.cityFigures(city, filter);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            return "median " + ms[RUNS / 2] + " ms, p95 " + ms[(int) Math.ceil(RUNS * 0.95) - 1] + " ms";
        });
    }

    /**
     * Themes for every opportunity, five badges per city each linked to 20 of its opportunities, 20,000 learners,
     * 1,000,000 awards over the last year (a tenth in Ljubljana), a wallet entry for four in ten, and 2,000 sessions
     * with check-ins in Ljubljana.
     */
    private void generateActivity(long ljubljana) {
        Random random = new Random(11);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Theme[] themes = Theme.values();
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select id from opportunity where id not in (select opportunity_id from opportunity_theme)", rs -> {
            long id = rs.getLong(1);
            rows.add(new Object[] {id, themes[(int) (id % themes.length)].name()});
            if (id % 3 == 0) rows.add(new Object[] {id, themes[(int) ((id + 1) % themes.length)].name()});
        });
        batch("insert into opportunity_theme (opportunity_id, theme) values (?, ?)", rows);

        List<long[]> cityOrgs = jdbc.query(
                "select c.id, (select min(o.id) from organisation o where o.city_id = c.id) from city c",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        List<long[]> badges = new ArrayList<>(); // badge id, org id, city id
        for (long[] co : cityOrgs) {
            for (int b = 0; b < 5; b++) {
                String tags = Skills.PREFIX + Skills.CURATED.get((b * 3) % Skills.CURATED.size()) + "," + Skills.PREFIX
                        + Skills.CURATED.get((b * 3 + 1) % Skills.CURATED.size());
                jdbc.update(
                        "insert into badge (version, organisation_id, city_id, status, design, tags, created_by,"
                                + " created_at, updated_at) values (0, ?, ?, 'PUBLISHED', '{}', ?, 1, ?, ?)",
                        co[1],
                        co[0],
                        tags,
                        Timestamp.from(now),
                        Timestamp.from(now));
                long id = jdbc.queryForObject("select max(id) from badge", Long.class);
                badges.add(new long[] {id, co[1], co[0]});
                jdbc.update(
                        "insert into opportunity_badge (opportunity_id, badge_id) select id, ? from opportunity"
                                + " where city_id = ? and id % 5 = ? and id not in (select opportunity_id from"
                                + " opportunity_badge where badge_id = ?) limit 20",
                        id, co[0], b, id);
            }
        }

        long firstLearner = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from account", Long.class);
        rows.clear();
        for (int i = 0; i < LEARNERS; i++) {
            rows.add(new Object[] {
                firstLearner + i, "bench" + i + "@learners.example", "Learner " + i, Timestamp.from(now)
            });
        }
        batch(
                "insert into account (id, version, email, display_name, password_hash, preferred_language, created_at,"
                        + " failed_logins) values (?, 0, ?, ?, 'x', 'en', ?, 0)",
                rows);

        List<long[]> inCity = badges.stream().filter(b -> b[2] == ljubljana).toList();
        long firstAward = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from award", Long.class);
        List<Object[]> wallet = new ArrayList<>();
        for (int i = 0; i < AWARDS; i++) {
            long[] badge =
                    i % 10 == 0 ? inCity.get(random.nextInt(inCity.size())) : badges.get(random.nextInt(badges.size()));
            long id = firstAward + i;
            long learner = firstLearner + random.nextInt(LEARNERS);
            Timestamp issued = Timestamp.from(now.minusSeconds(random.nextInt(365 * 86_400)));
            rows.add(new Object[] {
                id, UUID.randomUUID().toString(), badge[0], badge[1], "l@learners.example", learner, issued
            });
            if (random.nextInt(10) < 4) {
                wallet.add(new Object[] {learner, id, random.nextInt(3) == 0 ? "PROFILE" : "LINK", issued});
            }
            if (rows.size() == 5_000) flushAwards(rows, wallet);
        }
        flushAwards(rows, wallet);

        List<Long> cityOpportunities =
                jdbc.queryForList("select id from opportunity where city_id = ? limit 2000", Long.class, ljubljana);
        List<Object[]> participants = new ArrayList<>();
        for (int s = 0; s < cityOpportunities.size(); s++) {
            Timestamp starts = Timestamp.from(now.minusSeconds(86_400L + random.nextInt(360 * 86_400)));
            jdbc.update(
                    "insert into joining_session (version, opportunity_id, starts_at, title) values (0, ?, ?, 'S')",
                    cityOpportunities.get(s),
                    starts);
            long session = jdbc.queryForObject("select max(id) from joining_session", Long.class);
            for (int p = 0; p < 10; p++) {
                participants.add(new Object[] {session, firstLearner + (s * 10L + p) % LEARNERS, starts, starts});
            }
        }
        batch(
                "insert into joining_participant (version, session_id, account_id, email, display_name, language,"
                        + " status, asked_at, checked_in_at) values (0, ?, ?, 'p@x', 'P', 'en', 'JOINED', ?, ?)",
                participants);
    }

    private void flushAwards(List<Object[]> awards, List<Object[]> wallet) {
        batch(
                "insert into award (id, version, public_id, badge_id, organisation_id, recipient_email,"
                        + " recipient_account_id, salt, recipient_hash, language, issued_at, issued_by)"
                        + " values (?, 0, ?, ?, ?, ?, ?, 's', 'h', 'en', ?, 1)",
                awards);
        batch(
                "insert into wallet_entry (version, account_id, award_id, state, visibility, added_at)"
                        + " values (0, ?, ?, 'ACCEPTED', ?, ?)",
                wallet);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 5_000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 5_000)));
        }
        rows.clear();
    }
}
