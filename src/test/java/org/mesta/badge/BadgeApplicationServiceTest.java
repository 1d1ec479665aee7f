package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.UserError;
import org.mesta.inbox.InboxService;
import org.mesta.inbox.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BadgeApplicationServiceTest {

    @Autowired
    BadgeApplicationService applications;

    @Autowired
    MyBadgesService myBadges;

    @Autowired
    BadgeService badges;

    @Autowired
    InboxService inbox;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Badge published() {
        as(users, PROVIDER);
        return BadgeTestData.published(badges);
    }

    @Test
    void learners_apply_with_evidence_reviewers_return_or_approve_and_only_they_see_the_evidence() throws Exception {
        Badge b = published();
        as(users, LEARNER);
        assertThatThrownBy(() -> applications.apply(b.getId(), " ", null, null, null))
                .isInstanceOf(UserError.class)
                .hasMessage("application.error.text-required");
        assertThatThrownBy(() -> applications.apply(b.getId(), "Nastopil sem.", "javascript:alert(1)", null, null))
                .hasMessage("badge.error.url");
        assertThatThrownBy(() -> applications.apply(b.getId(), "Nastopil sem.", null, "<html>".getBytes(), "x.html"))
                .hasMessage("application.error.file-type");
        BadgeApplication app = applications.apply(
                b.getId(),
                "Nastopil sem na forumu.",
                "https://example.org/posnetek",
                "%PDF-1.4 dokazilo".getBytes(),
                "dokazilo.pdf");
        assertThatThrownBy(() -> applications.apply(b.getId(), "Še enkrat.", null, null, null))
                .hasMessage("application.error.pending");
        assertThat(applications.evidenceFile(app.getId())).isPresent();

        as(users, AMBASSADOR);
        assertThatThrownBy(() -> applications.evidenceFile(app.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.approve(app.getId(), app.getVersion()))
                .isInstanceOf(AccessDeniedException.class);

        as(users, PROVIDER);
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(5))
                        .extracting(Notice.Shown::messageKey)
                        .contains("notice.application.submitted"));
        assertThat(applications.applications(b.getId()))
                .extracting(BadgeApplication::getEvidenceText)
                .contains("Nastopil sem na forumu.");
        assertThat(applications.evidenceFile(app.getId()).orElseThrow().type()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> applications.giveBack(app.getId(), app.getVersion(), " "))
                .hasMessage("application.error.feedback-required");
        BadgeApplication returned = applications.giveBack(app.getId(), app.getVersion(), "Dodaj posnetek nastopa.");
        assertThatThrownBy(() -> applications.approve(app.getId(), app.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        as(users, LEARNER);
        assertThat(myBadges.myApplications())
                .extracting(BadgeApplication::getFeedback)
                .contains("Dodaj posnetek nastopa.");
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(5))
                        .extracting(Notice.Shown::messageKey)
                        .contains("notice.application.returned"));
        BadgeApplication again =
                applications.apply(b.getId(), "Posnetek je na povezavi.", "https://example.org/posnetek2", null, null);

        as(users, PROVIDER);
        Award award = applications.approve(again.getId(), again.getVersion());
        assertThat(award.getRecipientEmail()).isEqualTo("learner@mesta.example");
        assertThat(award.getCredential()).doesNotContain("Posnetek").doesNotContain("posnetek2");

        as(users, LEARNER);
        assertThat(myBadges.mine()).extracting(Award::getPublicId).contains(award.getPublicId());
        await().pollInSameThread()
                .untilAsserted(() ->
                        assertThat(inbox.recent(5).getFirst().messageKey()).isEqualTo("notice.application.approved"));
    }
}
