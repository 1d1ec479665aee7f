package org.mesta.inbox;

import java.util.List;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeEvents.ApplicationDecided;
import org.mesta.badge.BadgeEvents.ApplicationSubmitted;
import org.mesta.base.SystemTask;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Badges in the inbox: the organisation's members hear of each new application; the learner hears of the decision
 * (the badge, or the reviewer's feedback) and of every badge awarded to them.
 */
@Component
class BadgeNotices {

    private final InboxService inbox;

    BadgeNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void submitted(ApplicationSubmitted event) {
        leave(
                Notice.Audience.organisation(event.organisationId()),
                "notice.application.submitted",
                List.of(event.applicantName(), event.badgeName()),
                "provider/badge/issue/" + event.badgeId());
    }

    @ApplicationModuleListener
    void decided(ApplicationDecided event) {
        if (event.approved()) {
            leave(
                    Notice.Audience.person(event.accountId()),
                    "notice.application.approved",
                    List.of(event.badgeName()),
                    "awards/" + event.awardPublicId());
        } else {
            leave(
                    Notice.Audience.person(event.accountId()),
                    "notice.application.returned",
                    List.of(event.badgeName(), event.feedback()),
                    "my/badges");
        }
    }

    /**
     * Every award to someone with an account: it waits in their wallet to be accepted. An award answering their own
     * application is left out: its approval notice ({@link #decided}) already tells them.
     */
    @ApplicationModuleListener
    void awarded(AwardService.BadgeAwarded event) {
        if (event.accountId() == null || event.forApplication()) return;
        leave(
                Notice.Audience.person(event.accountId()),
                "wallet.notice.received",
                List.of(event.badgeName()),
                "my/badges");
    }

    /** Runs after the publishing transaction committed, off its thread; resubmitted later (EventResubmission), as the system. */
    private void leave(Notice.Audience to, String messageKey, List<String> args, String link) {
        SystemTask.runUnlessSignedIn(() -> inbox.send(to, messageKey, args, link));
    }
}
