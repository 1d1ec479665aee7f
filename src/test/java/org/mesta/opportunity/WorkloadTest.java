package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** What the provider's, moderator's and admins' workspaces count of opportunities, and who may ask. */
@SpringBootTest
@ActiveProfiles("test")
class WorkloadTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    DashboardFigures dashboard;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long count(Status status) {
        return dashboard.providerWork("sl", 5).counts().get(status);
    }

    private Opportunity submitted(String title) {
        as(users, PROVIDER);
        Opportunity o = opportunities.create(
                MestaUser.require().organisationIds().iterator().next());
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTest.complete(title), 4);
        return opportunities.submit(o.getId(), o.getVersion());
    }

    @Test
    void provider_counts_drafts_and_submissions_and_sees_the_approved_one_coming_up() {
        as(users, PROVIDER);
        long drafts = count(Status.DRAFT);
        long submitted = count(Status.SUBMITTED);
        opportunities.create(MestaUser.require().organisationIds().iterator().next());
        assertThat(count(Status.DRAFT)).isEqualTo(drafts + 1);

        Opportunity o = submitted("Pisanje prošenj za projekte");
        assertThat(count(Status.SUBMITTED)).isEqualTo(submitted + 1);

        as(users, MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        as(users, PROVIDER);
        assertThat(count(Status.SUBMITTED)).isEqualTo(submitted);
        assertThat(dashboard.providerWork("sl", 100).upcoming())
                .extracting(DashboardFigures.Dated::title)
                .contains("Pisanje prošenj za projekte");
        assertThat(dashboard.providerWork("sl", 2).upcoming()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void moderator_sees_the_longest_waiting_first_and_the_latest_decision_on_top() {
        Opportunity first = submitted("Prva oddaja v vrsti");
        submitted("Druga oddaja v vrsti");
        as(users, MODERATOR);
        DashboardFigures.ModeratorWork work = dashboard.moderatorWork("sl", 100);
        assertThat(work.waiting())
                .isGreaterThanOrEqualTo(2)
                .isEqualTo(work.oldest().size());
        List<Opportunity> oldest = work.oldest();
        for (int i = 1; i < oldest.size(); i++) {
            assertThat(oldest.get(i).getSubmittedAt())
                    .isAfterOrEqualTo(oldest.get(i - 1).getSubmittedAt());
        }
        assertThat(dashboard.moderatorWork("sl", 1).oldest()).hasSize(1);

        moderation.decide(first.getId(), first.getVersion(), Status.CHANGES_REQUESTED, "Dodajte naslov.");
        DashboardFigures.Decided latest =
                dashboard.moderatorWork("sl", 5).decisions().getFirst();
        assertThat(latest.opportunityId()).isEqualTo(first.getId());
        assertThat(latest.title()).isEqualTo("Prva oddaja v vrsti");
        assertThat(latest.decision()).isEqualTo(Status.CHANGES_REQUESTED);
        assertThat(latest.moderator()).isEqualTo("Maja Moderator");
        assertThat(dashboard.moderatorWork("sl", 5).waiting()).isEqualTo(work.waiting() - 1);
    }

    @Test
    void city_admins_see_their_own_city_s_figures_and_network_admins_every_city_s() {
        Opportunity o = submitted("Oddaja za številke mesta");
        as(users, CITY_ADMIN);
        long ljubljana = MestaUser.require().cityId();
        var mine = dashboard.cityCounts();
        assertThat(mine).containsOnlyKeys(ljubljana);
        assertThat(mine.get(ljubljana).waiting()).isGreaterThanOrEqualTo(1);
        assertThat(cities.organisationCounts()).containsOnlyKeys(ljubljana);

        as(users, NETWORK_ADMIN);
        assertThat(dashboard.cityCounts().get(ljubljana)).isEqualTo(mine.get(ljubljana));
        assertThat(cities.organisationCounts().size()).isGreaterThan(1);
        assertThat(o.getCityId()).isEqualTo(ljubljana);
    }

    @Test
    void each_workspace_s_reads_refuse_the_wrong_role() {
        for (String wrong : List.of(LEARNER, AMBASSADOR, MODERATOR, CITY_ADMIN)) {
            as(users, wrong);
            assertThatThrownBy(() -> dashboard.providerWork("en", 5)).isInstanceOf(AccessDeniedException.class);
        }
        for (String wrong : List.of(LEARNER, PROVIDER, CITY_ADMIN, NETWORK_ADMIN)) {
            as(users, wrong);
            assertThatThrownBy(() -> dashboard.moderatorWork("en", 5)).isInstanceOf(AccessDeniedException.class);
        }
        for (String wrong : List.of(LEARNER, PROVIDER, AMBASSADOR, MODERATOR)) {
            as(users, wrong);
            assertThatThrownBy(() -> dashboard.cityCounts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cities.organisationCounts()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
