package org.mesta.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InboxServiceTest {

    @Autowired
    InboxService inbox;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void moderators_hear_of_submissions_and_the_organisation_of_decisions_each_only_their_own() {
        long moderatorUnread = as(users, MODERATOR, inbox::unreadCount);
        long providerUnread = as(users, PROVIDER, inbox::unreadCount);
        long learnerUnread = as(users, LEARNER, inbox::unreadCount);

        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Poletni tabor"), 4);
        o = opportunities.submit(o.getId(), o.getVersion());

        as(users, MODERATOR);
        // Notices follow the event; wait in this thread, which holds the signed-in person.
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(inbox.unreadCount()).isEqualTo(moderatorUnread + 1));
        Notice.Shown waiting = inbox.recent(5).getFirst();
        assertThat(waiting.messageKey()).isEqualTo("notice.opportunity.submitted");
        assertThat(waiting.args()).containsExactly("Poletni tabor");
        assertThat(waiting.link()).isEqualTo("moderation/opportunity/" + o.getId());
        assertThat(waiting.read()).isFalse();
        moderation.decide(o.getId(), o.getVersion(), Status.CHANGES_REQUESTED, "Dodajte uro začetka.");
        inbox.markRead(waiting.id());
        assertThat(inbox.unreadCount()).isEqualTo(moderatorUnread);
        assertThat(inbox.recent(5).getFirst().read()).isTrue();
        assertThat(inbox.recent(5))
                .extracting(Notice.Shown::messageKey)
                .doesNotContain("notice.opportunity.changes_requested");

        as(users, PROVIDER);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(inbox.unreadCount()).isEqualTo(providerUnread + 1));
        Notice.Shown decision = inbox.recent(5).getFirst();
        assertThat(decision.messageKey()).isEqualTo("notice.opportunity.changes_requested");
        assertThat(decision.args()).containsExactly("Poletni tabor", "Dodajte uro začetka.");
        assertThat(decision.link()).isEqualTo("provider/opportunity/" + o.getId());

        as(users, LEARNER);
        assertThat(inbox.unreadCount()).isEqualTo(learnerUnread);
        assertThatThrownBy(() -> inbox.markRead(decision.id())).isInstanceOf(AccessDeniedException.class);

        as(users, PROVIDER);
        inbox.markAllRead();
        assertThat(inbox.unreadCount()).isZero();
    }

    @Test
    void marking_all_read_marks_more_than_the_bell_lists() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        for (int i = 0; i < 105; i++) {
            inbox.send(Notice.Audience.organisation(org), "notice.opportunity.approved", List.of("Tabor " + i), null);
        }
        assertThat(inbox.unreadCount()).isGreaterThan(100);
        inbox.markAllRead();
        assertThat(inbox.unreadCount()).isZero();
    }

    @Test
    void nobody_signed_out_has_an_inbox() {
        assertThatThrownBy(() -> inbox.recent(5)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(inbox::unreadCount).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> inbox.send(Notice.Audience.person(1), "x", List.of(), null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
