package org.mesta.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.opportunity.Theme;
import org.mesta.wallet.WalletService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rollups follow what changes the award figures, in the same transaction: a new award, a revocation, an
 * acceptance (the events the badge and wallet services publish); a check-in counts without any rollup. Rebuilding
 * the city from its rows gives the same figures as the updates did. Rolled back after each test.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ImpactRollupsTest {

    static final ImpactFilter Q1 = new ImpactFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 3), null);

    @Autowired
    ImpactService impact;

    @Autowired
    RollupBuilder rollups;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    ImpactData d;
    long city;
    long org;
    long badge;
    long learner;
    long otherLearner;
    long session;

    @BeforeEach
    void knownCity() {
        d = new ImpactData(jdbc);
        city = d.city("rollups-test-" + System.nanoTime());
        org = d.organisation(city, "A");
        learner = d.account(LEARNER);
        otherLearner = d.account(PROVIDER);
        long opportunity = d.opportunity(city, org, "WORKSHOP", "2025-01-15T10:00:00Z", "INCLUSION");
        badge = d.badge(city, org, "skill:teamwork", opportunity);
        d.wallet(learner, d.award(badge, org, learner, "2025-01-16T10:00:00Z"), "ACCEPTED", "PROFILE");
        session = d.session(opportunity, "2025-02-05T16:00:00Z");
        rollups.rebuild(city);
        as(users, NETWORK_ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<Long> badges(String series) {
        return impact.cityFigures(city, Q1).charts().get(Figure.BADGES_BY_THEME).series().stream()
                .filter(s -> s.key().equals(series))
                .findFirst()
                .orElseThrow()
                .values();
    }

    private List<Long> learners() {
        return impact.cityFigures(city, Q1)
                .charts()
                .get(Figure.ACTIVE_LEARNERS)
                .series()
                .getFirst()
                .values();
    }

    private long awarded(long account, String at) {
        long award = issued(account, at);
        // New awards are counted just before the transaction commits; this test's transaction never does.
        rollups.countPending();
        return award;
    }

    /** An award and its event, as the badge service issues it; not counted yet. */
    private long issued(long account, String at) {
        long award = d.award(badge, org, account, at);
        String publicId = jdbc.sql("SELECT public_id FROM award WHERE id = :id")
                .param("id", award)
                .query(String.class)
                .single();
        events.publishEvent(
                new AwardService.BadgeAwarded(badge, publicId, "someone@example.org", account, "B", "en", false));
        return award;
    }

    @Test
    void the_awards_of_one_transaction_are_counted_together_once_before_it_commits() {
        issued(otherLearner, "2025-03-02T10:00:00Z");
        issued(learner, "2025-03-03T10:00:00Z");
        assertThat(badges("issued")).as("not before the commit").containsExactly(1L);

        rollups.countPending();
        rollups.countPending();

        assertThat(badges("issued")).containsExactly(3L);
        assertThat(learners()).containsExactly(1L, 0L, 2L);
    }

    @Test
    void a_new_award_counts_as_issued_and_its_recipient_as_active_in_its_month() {
        assertThat(badges("issued")).containsExactly(1L);
        assertThat(learners()).containsExactly(1L, 0L, 0L);

        awarded(otherLearner, "2025-03-02T10:00:00Z");

        assertThat(badges("issued")).containsExactly(2L);
        assertThat(learners()).containsExactly(1L, 0L, 1L);
        assertThat(impact.cityFigures(city, Q1).activeLearners()).isEqualTo(2);
        assertThat(impact.cityFigures(city, new ImpactFilter(Q1.from(), Q1.to(), Theme.INCLUSION))
                        .activeLearners())
                .isEqualTo(2);
        assertThat(impact.perCity(Q1))
                .filteredOn(l -> l.cityId() == city)
                .containsExactly(new ImpactService.CityLine(city, 1, 2, 2, 1));
    }

    @Test
    void a_revoked_award_no_longer_counts_as_issued_nor_as_accepted() {
        long award = awarded(otherLearner, "2025-01-20T10:00:00Z");
        d.wallet(otherLearner, award, "ACCEPTED", "PROFILE");
        events.publishEvent(new WalletService.HeldAwardChanged(award));
        assertThat(badges("accepted")).containsExactly(2L);

        d.revoke(award);
        events.publishEvent(new AwardService.AwardRevoked(award));

        assertThat(badges("issued")).containsExactly(1L);
        assertThat(badges("accepted")).containsExactly(1L);
        assertThat(badges("shared")).containsExactly(1L);
    }

    @Test
    void an_accepted_award_counts_as_accepted_and_as_shared_once_on_the_profile() {
        long award = awarded(otherLearner, "2025-02-20T10:00:00Z");
        d.wallet(otherLearner, award, "WAITING", "LINK");
        assertThat(badges("accepted")).containsExactly(1L);

        jdbc.sql("UPDATE wallet_entry SET state = 'ACCEPTED' WHERE award_id = :id")
                .param("id", award)
                .update();
        events.publishEvent(new WalletService.HeldAwardChanged(award));
        assertThat(badges("accepted")).containsExactly(2L);
        assertThat(badges("shared")).containsExactly(1L);

        jdbc.sql("UPDATE wallet_entry SET visibility = 'PROFILE' WHERE award_id = :id")
                .param("id", award)
                .update();
        events.publishEvent(new WalletService.HeldAwardChanged(award));
        assertThat(badges("shared")).containsExactly(2L);
    }

    @Test
    void a_check_in_counts_its_learner_at_once_and_only_once_in_the_period() {
        d.participant(session, otherLearner, "2025-02-05T16:05:00Z");
        d.participant(session, learner, "2025-02-05T16:06:00Z");

        assertThat(learners()).containsExactly(1L, 2L, 0L);
        assertThat(impact.cityFigures(city, Q1).activeLearners()).isEqualTo(2);
    }

    @Test
    void rebuilding_the_city_gives_the_figures_the_updates_gave() {
        long award = awarded(otherLearner, "2025-02-20T10:00:00Z");
        d.wallet(otherLearner, award, "ACCEPTED", "PROFILE");
        events.publishEvent(new WalletService.HeldAwardChanged(award));
        awarded(learner, "2025-03-01T10:00:00Z");
        long revoked = awarded(otherLearner, "2025-03-03T10:00:00Z");
        d.revoke(revoked);
        events.publishEvent(new AwardService.AwardRevoked(revoked));
        var updated = impact.cityFigures(city, Q1);

        rollups.rebuild(city);

        var rebuilt = impact.cityFigures(city, Q1);
        assertThat(rebuilt).isEqualTo(updated);
        assertThat(rebuilt.charts()
                        .get(Figure.BADGES_BY_THEME)
                        .series()
                        .getFirst()
                        .values())
                .containsExactly(3L);
    }

    @Test
    void only_network_admins_rebuild_the_rollups() {
        as(users, CITY_ADMIN);
        assertThatThrownBy(() -> impact.rebuildRollups()).isInstanceOf(AccessDeniedException.class);
        as(users, PROVIDER);
        assertThatThrownBy(() -> impact.rebuildRollups()).isInstanceOf(AccessDeniedException.class);
    }
}
