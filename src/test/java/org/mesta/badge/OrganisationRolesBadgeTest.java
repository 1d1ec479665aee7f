package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Editors design an organisation's badges, issuers award them and review applications, admins do both. */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationRolesBadgeTest {

    static final String EDITOR = "editor@mesta.example";
    static final String ISSUER = "issuer@mesta.example";

    @Autowired
    AwardService awards;

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

    @Test
    void an_editor_designs_and_publishes_a_badge_but_cannot_issue_it() {
        as(users, EDITOR);
        Badge published = BadgeTestData.published(badges);
        assertThat(badges.mayEdit(published)).isTrue();
        assertThat(badges.mayIssue(published)).isFalse();
        Instant now = Instant.now();
        assertThatThrownBy(() -> awards.award(published.getId(), List.of("someone@example.org"), "en"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awards.awardFromCsv(published.getId(), "email\nsomeone@example.org\n", "en"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awards.createClaimCode(published.getId(), now, now.plus(Duration.ofDays(1)), 5))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.applications(published.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_issuer_awards_and_reviews_but_cannot_design_or_archive_a_badge() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(org, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeServiceTest.complete(BadgeDesign.standard()));
        Badge published = badges.publish(b.getId(), b.getVersion());
        Badge draft = badges.create(org, BadgeDesign.standard());

        as(users, LEARNER);
        BadgeApplication app = applications.apply(published.getId(), "I ran the repair café twice.", null, null, null);

        as(users, ISSUER);
        assertThatThrownBy(() -> badges.create(org, BadgeDesign.standard())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.save(
                        draft.getId(), draft.getVersion(), BadgeServiceTest.complete(BadgeDesign.standard())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.publish(draft.getId(), draft.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.archive(published.getId())).isInstanceOf(AccessDeniedException.class);

        Award award = awards.award(published.getId(), List.of("issued.by.issuer@example.org"), "en")
                .getFirst();
        Instant now = Instant.now();
        assertThat(awards.createClaimCode(published.getId(), now, now.plus(Duration.ofDays(1)), 5))
                .isNotNull();
        assertThat(applications.applications(published.getId()))
                .extracting(BadgeApplication::getId)
                .contains(app.getId());
        assertThat(applications.approve(app.getId(), app.getVersion()).getRecipientEmail())
                .isEqualTo(LEARNER);
        assertThat(awards.revoke(award.getId(), "Sent to the wrong address").getId())
                .isEqualTo(award.getId());

        as(users, EDITOR);
        assertThatThrownBy(() -> awards.revoke(award.getId(), "An editor may not"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
