package org.mesta.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact figures on a city of the test's own, with known rows (see ImpactData): exact counts for the period
 * January to March 2025, narrowed by theme, and who may see which. Rolled back after each test. The award figures
 * come from the rollups rebuilt from these rows; the distinct people are sketches, exact at these few people.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ImpactServiceTest {

    static final ImpactFilter Q1 = new ImpactFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 3), null);
    static final ImpactFilter Q1_MENTAL_HEALTH =
            new ImpactFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 3), Theme.MENTAL_HEALTH);

    @Autowired
    ImpactService impact;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RollupBuilder rollups;

    long city;

    /** The known city: two providers active, a third idle; three learners of the demo as its people. */
    @BeforeEach
    void knownCity() {
        ImpactData d = new ImpactData(jdbc);
        city = d.city("impact-test-" + System.nanoTime());
        long a = d.organisation(city, "A");
        long b = d.organisation(city, "B");
        d.organisation(city, "C (idle)");
        long l1 = d.account(LEARNER);
        long l2 = d.account(PROVIDER);
        long l3 = d.account(AMBASSADOR);

        long o1 = d.opportunity(city, a, "WORKSHOP", "2025-01-15T10:00:00Z", "MENTAL_HEALTH", "INCLUSION");
        d.opportunity(city, a, "EVENT", "2025-02-10T10:00:00Z", "MENTAL_HEALTH");
        long o3 = d.opportunity(city, b, "WORKSHOP", "2025-02-20T10:00:00Z", "SUSTAINABILITY");
        d.opportunity(city, b, "COURSE", "2024-06-01T10:00:00Z", "SUSTAINABILITY");

        long b1 = d.badge(city, a, "skill:teamwork,skill:empathy,a free tag", o1);
        long b2 = d.badge(city, b, "skill:teamwork", o3);
        long b3 = d.badge(city, a, "");
        d.wallet(l1, d.award(b1, a, l1, "2025-01-16T10:00:00Z"), "ACCEPTED", "PROFILE");
        d.wallet(l2, d.award(b1, a, l2, "2025-01-17T10:00:00Z"), "ACCEPTED", "LINK");
        d.award(b1, a, null, "2025-01-18T10:00:00Z");
        d.revoke(d.award(b1, a, null, "2025-01-19T10:00:00Z"));
        d.wallet(l1, d.award(b2, b, l1, "2025-03-02T10:00:00Z"), "ACCEPTED", "PRIVATE");
        d.wallet(l3, d.award(b2, b, l3, "2025-03-03T10:00:00Z"), "WAITING", "LINK");
        d.award(b2, b, null, "2024-12-03T10:00:00Z");
        d.award(b3, a, null, "2025-02-11T10:00:00Z");

        long s1 = d.session(o1, "2025-02-05T16:00:00Z");
        d.participant(s1, l1, "2025-02-05T16:05:00Z");
        d.participant(s1, l2, null);
        d.participant(s1, l3, "2025-02-05T16:10:00Z");
        d.participant(d.session(o3, "2025-03-01T16:00:00Z"), l2, null);
        d.application(b1, a, l2, "2025-03-04T10:00:00Z");

        d.campaign(city, "DONE", "2025-01-10T10:00:00Z", "2025-02-01", 100, 3, "MENTAL_HEALTH");
        d.campaign(city, "IDEA", "2025-02-01T10:00:00Z", null, null, null, "SUSTAINABILITY");
        d.campaign(city, "EVALUATED", "2024-01-01T10:00:00Z", "2024-06-01", 999, 9, "MENTAL_HEALTH");
        // Written around the services, so no event told the rollups: built here as the start-up backfill does.
        rollups.rebuild(city);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void asAdminOf(long cityId) {
        MestaUser admin = new MestaUser(
                -1, "admin@impact.example", "Admin", "x", Set.of(Role.CITY_ADMIN), cityId, Map.of(), "en", false, 0);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private void anonymous() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    private static Map<String, List<Long>> series(ImpactService.Figures f, Figure figure) {
        Chart c = f.charts().get(figure);
        Map<String, List<Long>> out = new java.util.LinkedHashMap<>();
        out.put("categories", List.of());
        c.series().forEach(s -> out.put(s.key(), s.values()));
        return out;
    }

    private static Map<String, Long> first(ImpactService.Figures f, Figure figure) {
        Chart c = f.charts().get(figure);
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < c.categories().size(); i++) {
            out.put(c.categories().get(i), c.series().get(0).values().get(i));
        }
        return out;
    }

    @Test
    void city_admin_sees_the_opportunities_published_in_the_period_by_theme_type_and_month() {
        asAdminOf(city);
        var f = impact.cityFigures(city, Q1);

        assertThat(first(f, Figure.OPPORTUNITIES_BY_THEME))
                .containsExactly(
                        Map.entry("MENTAL_HEALTH", 2L), Map.entry("INCLUSION", 1L), Map.entry("SUSTAINABILITY", 1L));
        assertThat(first(f, Figure.OPPORTUNITIES_BY_TYPE))
                .containsExactly(Map.entry("WORKSHOP", 2L), Map.entry("EVENT", 1L));
        assertThat(first(f, Figure.OPPORTUNITIES_BY_MONTH))
                .containsExactly(Map.entry("2025-01", 1L), Map.entry("2025-02", 2L), Map.entry("2025-03", 0L));
    }

    @Test
    void badges_issued_accepted_and_shown_on_a_profile_count_by_theme_and_skill_without_revoked_ones() {
        asAdminOf(city);
        var f = impact.cityFigures(city, Q1);

        Chart byTheme = f.charts().get(Figure.BADGES_BY_THEME);
        assertThat(byTheme.categories()).containsExactly("INCLUSION", "MENTAL_HEALTH", "SUSTAINABILITY", "none");
        assertThat(series(f, Figure.BADGES_BY_THEME))
                .containsEntry("issued", List.of(3L, 3L, 2L, 1L))
                .containsEntry("accepted", List.of(2L, 2L, 1L, 0L))
                .containsEntry("shared", List.of(1L, 1L, 0L, 0L));
        Chart bySkill = f.charts().get(Figure.BADGES_BY_SKILL);
        assertThat(bySkill.categories()).containsExactly("empathy", "teamwork");
        assertThat(series(f, Figure.BADGES_BY_SKILL))
                .containsEntry("issued", List.of(3L, 5L))
                .containsEntry("accepted", List.of(2L, 3L))
                .containsEntry("shared", List.of(1L, 1L));
    }

    @Test
    void sessions_held_active_learners_campaigns_and_providers_follow_their_definitions() {
        asAdminOf(city);
        var f = impact.cityFigures(city, Q1);

        assertThat(series(f, Figure.SESSIONS))
                .containsEntry("sessions", List.of(0L, 1L, 0L))
                .containsEntry("participants", List.of(0L, 2L, 0L));
        assertThat(first(f, Figure.ACTIVE_LEARNERS)).containsValues(2L, 2L, 3L);
        assertThat(f.activeLearners()).isEqualTo(3);
        assertThat(first(f, Figure.CAMPAIGNS_BY_STAGE))
                .containsExactly(
                        Map.entry("IDEA", 1L),
                        Map.entry("PLANNING", 0L),
                        Map.entry("IN_ACTION", 0L),
                        Map.entry("DONE", 1L),
                        Map.entry("EVALUATED", 0L));
        assertThat(first(f, Figure.CAMPAIGN_OUTCOMES))
                .containsEntry("people-reached", 100L)
                .containsEntry("events-held", 3L)
                .containsEntry("artworks", 0L);
        assertThat(first(f, Figure.PROVIDERS))
                .containsExactly(Map.entry("2025-01", 1L), Map.entry("2025-02", 2L), Map.entry("2025-03", 1L));
        assertThat(f.providers()).isEqualTo(2);
    }

    @Test
    void a_theme_narrows_every_figure_to_what_belongs_to_it() {
        asAdminOf(city);
        var f = impact.cityFigures(city, Q1_MENTAL_HEALTH);

        assertThat(first(f, Figure.OPPORTUNITIES_BY_THEME)).containsExactly(Map.entry("MENTAL_HEALTH", 2L));
        assertThat(first(f, Figure.OPPORTUNITIES_BY_TYPE))
                .containsOnly(Map.entry("WORKSHOP", 1L), Map.entry("EVENT", 1L));
        assertThat(f.charts().get(Figure.BADGES_BY_THEME).categories()).containsExactly("MENTAL_HEALTH");
        assertThat(series(f, Figure.BADGES_BY_THEME)).containsEntry("issued", List.of(3L));
        assertThat(series(f, Figure.BADGES_BY_SKILL)).containsEntry("issued", List.of(3L, 3L));
        assertThat(first(f, Figure.ACTIVE_LEARNERS).values()).containsExactly(2L, 2L, 1L);
        assertThat(first(f, Figure.CAMPAIGNS_BY_STAGE))
                .containsEntry("DONE", 1L)
                .containsEntry("IDEA", 0L);
        assertThat(f.providers()).isEqualTo(1);
    }

    @Test
    void the_period_leaves_out_what_happened_before_it() {
        asAdminOf(city);
        var f = impact.cityFigures(city, new ImpactFilter(YearMonth.of(2024, 6), YearMonth.of(2024, 12), null));

        assertThat(first(f, Figure.OPPORTUNITIES_BY_TYPE)).containsExactly(Map.entry("COURSE", 1L));
        assertThat(series(f, Figure.BADGES_BY_THEME)).containsEntry("issued", List.of(1L));
        assertThat(first(f, Figure.CAMPAIGNS_BY_STAGE)).containsEntry("EVALUATED", 1L);
    }

    @Test
    void network_admin_sees_any_city_and_the_network_table() {
        as(users, NETWORK_ADMIN);
        assertThat(impact.cityFigures(city, Q1).providers()).isEqualTo(2);
        assertThat(impact.perCity(Q1))
                .filteredOn(l -> l.cityId() == city)
                .containsExactly(new ImpactService.CityLine(city, 3, 6, 3, 2));
        assertThat(impact.networkFigures(Q1).providers()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void providers_other_cities_admins_and_strangers_are_refused_the_city_figures() {
        as(users, PROVIDER);
        assertThatThrownBy(() -> impact.cityFigures(city, Q1)).isInstanceOf(AccessDeniedException.class);
        as(users, CITY_ADMIN);
        assertThatThrownBy(() -> impact.cityFigures(city, Q1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> impact.publish(city, EnumSet.of(Figure.PROVIDERS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> impact.networkFigures(Q1)).isInstanceOf(AccessDeniedException.class);
        anonymous();
        assertThatThrownBy(() -> impact.cityFigures(city, Q1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_public_sees_only_the_figures_the_city_published() {
        anonymous();
        assertThat(impact.publicFigures(city, Q1).charts()).isEmpty();

        asAdminOf(city);
        impact.publish(city, EnumSet.of(Figure.OPPORTUNITIES_BY_THEME, Figure.PROVIDERS));
        anonymous();
        var f = impact.publicFigures(city, Q1);
        assertThat(f.charts()).containsOnlyKeys(Figure.OPPORTUNITIES_BY_THEME, Figure.PROVIDERS);
        assertThat(f.providers()).isEqualTo(2);
        assertThat(f.activeLearners()).isZero();
        assertThat(impact.publishedFigures(city))
                .containsExactlyInAnyOrder(Figure.OPPORTUNITIES_BY_THEME, Figure.PROVIDERS);
    }
}
