package org.mesta.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mesta.SignedIn.*;
import static org.mesta.impact.ActivityDensity.AWARD_WEIGHT;
import static org.mesta.impact.ActivityDensity.CHECK_IN_WEIGHT;
import static org.mesta.impact.ActivityDensity.MIN_PEOPLE;
import static org.mesta.impact.ActivityDensity.SESSION_WEIGHT;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity density on a city of the test's own (rows written straight to the tables, rolled back): which cells,
 * with which weights, the cell with too few people left out, and who may ask.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ImpactDensityTest {

    static final ImpactFilter Q1 = new ImpactFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 3), null);
    /** One cell's size in degrees of latitude (its north–south extent is the same everywhere). */
    static final double CELL = ActivityDensity.CELL_METRES / 111_320.0;

    @Autowired
    ImpactService impact;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    ImpactData d;
    long city;
    int people;

    /**
     * The youth centre and the library share a cell (centre 46.05, 14.50): a session with three people and two
     * badges at the centre, a session at the library with one of those three again. The park's cell has one person
     * too few; the square's exactly enough. What lies outside the period, was revoked or had nobody check in counts
     * for nothing; another city's busy opportunity at the same place is not this city's.
     */
    @BeforeEach
    void knownCity() {
        d = new ImpactData(jdbc);
        city = d.city("density-test-" + System.nanoTime());
        long org = d.organisation(city, "Org");

        long centre = placed(
                d.opportunity(city, org, "WORKSHOP", "2024-10-01T10:00:00Z", "MENTAL_HEALTH"),
                46.0500,
                14.5000,
                "Youth centre");
        long library = placed(
                d.opportunity(city, org, "EVENT", "2024-10-01T10:00:00Z", "SUSTAINABILITY"),
                46.0502,
                14.5003,
                "City library");
        long session = d.session(centre, "2025-02-01T16:00:00Z");
        checkIn(session, "a@density.example", "b@density.example", "c@density.example");
        long badge = d.badge(city, org, "", centre);
        award(badge, org, "D@density.example", "2025-02-02T10:00:00Z");
        award(badge, org, "e@density.example", "2025-03-02T10:00:00Z");
        d.revoke(award(badge, org, "f@density.example", "2025-02-02T10:00:00Z"));
        award(badge, org, "g@density.example", "2024-12-31T10:00:00Z");
        checkIn(d.session(centre, "2024-12-20T16:00:00Z"), "h@density.example", "i@density.example");
        d.session(centre, "2025-03-10T16:00:00Z"); // nobody came: not held
        checkIn(d.session(library, "2025-01-10T16:00:00Z"), "A@density.example");

        long park = placed(d.opportunity(city, org, "EVENT", "2024-10-01T10:00:00Z"), 46.0700, 14.5300, "Park");
        checkIn(d.session(park, "2025-01-05T10:00:00Z"), emails("park", MIN_PEOPLE - 1));
        long square = placed(d.opportunity(city, org, "EVENT", "2024-10-01T10:00:00Z"), 46.0300, 14.4700, "Square");
        checkIn(d.session(square, "2025-01-05T10:00:00Z"), emails("square", MIN_PEOPLE));

        long elsewhere = d.city("density-other-" + System.nanoTime());
        long theirs = placed(
                d.opportunity(elsewhere, d.organisation(elsewhere, "Theirs"), "EVENT", "2024-10-01T10:00:00Z"),
                46.0500,
                14.5000,
                "Their hall");
        checkIn(d.session(theirs, "2025-01-05T10:00:00Z"), emails("theirs", MIN_PEOPLE + 2));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void city_admin_sees_weighted_cells_and_the_cell_with_too_few_people_is_left_out() {
        asAdminOf(city);
        ActivityDensity density = impact.density(city, Q1);

        assertThat(density.cells()).hasSize(2);
        ActivityDensity.Cell busy = density.busiest().getFirst();
        assertThat(busy.latitude()).isCloseTo(46.0500, within(CELL / 2));
        assertThat(busy.longitude()).isCloseTo(14.5000, within(CELL));
        // two sessions held, four check-ins, two badges; five different people (a counts once)
        assertThat(busy.weight()).isEqualTo(2 * SESSION_WEIGHT + 4 * CHECK_IN_WEIGHT + 2 * AWARD_WEIGHT);
        assertThat(busy.people()).isEqualTo(5);
        assertThat(busy.place()).as("the opportunity nearest the cell's centre").isEqualTo("City library");

        ActivityDensity.Cell square = density.busiest().get(1);
        assertThat(square.latitude()).isCloseTo(46.0300, within(CELL / 2));
        assertThat(square.weight()).isEqualTo(SESSION_WEIGHT + MIN_PEOPLE * CHECK_IN_WEIGHT);
        assertThat(square.people()).isEqualTo(MIN_PEOPLE);
        assertThat(square.place()).isEqualTo("Square");
        assertThat(density.cells()).noneMatch(c -> Math.abs(c.latitude() - 46.07) < CELL);
    }

    /** The demo's check-ins and badges in Ljubljana pass the small-cell rule in a few places (the demo shows them). */
    @Test
    void demo_city_admin_sees_busy_areas_in_ljubljana() {
        long ljubljana = jdbc.sql("SELECT id FROM city WHERE slug = 'ljubljana'")
                .query(Long.class)
                .single();
        ActivityDensity density =
                as(users, CITY_ADMIN, () -> impact.density(ljubljana, ImpactFilter.lastYear(Clock.systemUTC(), null)));

        assertThat(density.cells()).hasSizeGreaterThanOrEqualTo(2).allMatch(c -> c.people() >= MIN_PEOPLE);
        assertThat(density.busiest().getFirst().place()).isNotBlank();
    }

    @Test
    void theme_narrows_the_density_to_its_opportunities() {
        asAdminOf(city);
        ActivityDensity density = impact.density(
                city, new ImpactFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 3), Theme.MENTAL_HEALTH));

        assertThat(density.cells()).singleElement().satisfies(c -> {
            assertThat(c.weight()).isEqualTo(SESSION_WEIGHT + 3 * CHECK_IN_WEIGHT + 2 * AWARD_WEIGHT);
            assertThat(c.people()).isEqualTo(5);
        });
    }

    @Test
    void network_admin_sees_any_city() {
        assertThat(as(users, NETWORK_ADMIN, () -> impact.density(city, Q1)).cells())
                .hasSize(2);
    }

    @Test
    void provider_and_another_citys_admin_are_refused() {
        assertThatThrownBy(() -> as(users, PROVIDER, () -> impact.density(city, Q1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, CITY_ADMIN, () -> impact.density(city, Q1)))
                .isInstanceOf(AccessDeniedException.class);
        asAdminOf(city + 1);
        assertThatThrownBy(() -> impact.density(city, Q1)).isInstanceOf(AccessDeniedException.class);
    }

    private long placed(long opportunity, double latitude, double longitude, String venue) {
        jdbc.sql("UPDATE published_opportunity SET latitude = ?, longitude = ? WHERE opportunity_id = ?")
                .params(latitude, longitude, opportunity)
                .update();
        jdbc.sql("UPDATE opportunity SET latitude = ?, longitude = ?, venue = ? WHERE id = ?")
                .params(latitude, longitude, venue, opportunity)
                .update();
        return opportunity;
    }

    private static String[] emails(String prefix, int count) {
        String[] emails = new String[count];
        Arrays.setAll(emails, i -> prefix + i + "@density.example");
        return emails;
    }

    /** Everyone listed joined and checked in: a made-up account id each (the table keeps no link to accounts). */
    private void checkIn(long session, String... emails) {
        for (String email : emails) {
            jdbc.sql("INSERT INTO joining_participant (version, session_id, account_id, email, display_name,"
                            + " language, status, asked_at, checked_in_at)"
                            + " VALUES (0, ?, ?, ?, 'P', 'en', 'JOINED', ?, ?)")
                    .params(
                            session,
                            900_000 + ++people,
                            email,
                            ImpactData.at("2025-01-01T00:00:00Z"),
                            ImpactData.at("2025-01-01T00:00:00Z"))
                    .update();
        }
    }

    private long award(long badge, long org, String email, String issuedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO award (version, public_id, badge_id, organisation_id, recipient_email, salt,"
                                + " recipient_hash, language, issued_at, issued_by) VALUES (0, ?, ?, ?, ?, 's', 'h', 'en', ?, 1)")
                .params(UUID.randomUUID().toString(), badge, org, email, ImpactData.at(issuedAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void asAdminOf(long cityId) {
        MestaUser admin = new MestaUser(
                -1, "admin@density.example", "Admin", "x", Set.of(Role.CITY_ADMIN), cityId, Map.of(), "en", false, 0);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
