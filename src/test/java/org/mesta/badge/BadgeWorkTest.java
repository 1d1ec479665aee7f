package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** What the provider's and the learner's workspaces count of badges, and who may ask. */
@SpringBootTest
@ActiveProfiles("test")
class BadgeWorkTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");

    @Autowired
    AwardService awards;

    @Autowired
    MyBadgesService myBadges;

    @Autowired
    BadgeApplicationService applications;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long waitingFor(long badgeId) {
        return myBadges.providerBadges("sl", ZONE, 100).waiting().stream()
                .filter(w -> w.badgeId() == badgeId)
                .mapToLong(MyBadgesService.Waiting::count)
                .sum();
    }

    @Test
    void an_application_waits_on_the_provider_s_workspace_until_approved_and_then_counts_as_issued_this_month() {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        long issuedBefore = myBadges.providerBadges("sl", ZONE, 5).issuedThisMonth();
        assertThat(waitingFor(b.getId())).isZero();

        as(users, LEARNER);
        MyBadgesService.LearnerBadges before = myBadges.learnerBadges(5);
        BadgeApplication app = applications.apply(b.getId(), "Vodil sem delavnico.", null, null, null);
        MyBadgesService.LearnerBadges waiting = myBadges.learnerBadges(5);
        assertThat(waiting.waiting()).isEqualTo(before.waiting() + 1);
        assertThat(waiting.latestApplications().getFirst().badgeId()).isEqualTo(b.getId());
        assertThat(waiting.latestApplications().getFirst().badgeName()).isNotBlank();
        assertThat(waiting.latestApplications().getFirst().status()).isEqualTo(BadgeApplication.Status.PENDING);

        as(users, PROVIDER);
        MyBadgesService.Waiting row = myBadges.providerBadges("sl", ZONE, 100).waiting().stream()
                .filter(w -> w.badgeId() == b.getId())
                .findFirst()
                .orElseThrow();
        assertThat(row.count()).isEqualTo(1);
        assertThat(row.badgeName()).isEqualTo(b.texts("sl").name());
        applications.approve(app.getId(), app.getVersion());
        assertThat(waitingFor(b.getId())).isZero();
        assertThat(myBadges.providerBadges("sl", ZONE, 5).issuedThisMonth()).isEqualTo(issuedBefore + 1);

        as(users, LEARNER);
        MyBadgesService.LearnerBadges after = myBadges.learnerBadges(5);
        assertThat(after.held()).isEqualTo(before.held() + 1);
        assertThat(after.waiting()).isEqualTo(before.waiting());
        assertThat(after.latestApplications().getFirst().status()).isEqualTo(BadgeApplication.Status.APPROVED);
    }

    @Test
    void the_learner_sees_at_most_the_number_of_applications_asked_for() {
        as(users, LEARNER);
        assertThat(myBadges.learnerBadges(1).latestApplications()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void only_providers_see_the_provider_s_badge_work_and_only_learners_their_own() {
        for (String wrong : List.of(LEARNER, AMBASSADOR, MODERATOR, CITY_ADMIN)) {
            as(users, wrong);
            assertThatThrownBy(() -> myBadges.providerBadges("en", ZONE, 5)).isInstanceOf(AccessDeniedException.class);
        }
        for (String wrong : List.of(PROVIDER, MODERATOR, NETWORK_ADMIN)) {
            as(users, wrong);
            assertThatThrownBy(() -> myBadges.learnerBadges(5)).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> myBadges.learnerBadges(5)).isInstanceOf(Exception.class);
    }
}
