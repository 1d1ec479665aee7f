package org.mesta.inbox;

import org.mesta.badge.BadgeEvents.ApplicationDecided;
import org.mesta.badge.BadgeEvents.ApplicationSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Badge applications in the inbox: the organisation's members hear of each new one; the learner hears of the
 * decision (the badge, or the reviewer's feedback).
 */
@Component
class BadgeNotices {

    private final InboxService inbox;

    BadgeNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @EventListener
    void submitted(ApplicationSubmitted event) {
        inbox.send(Notice.Audience.organisation(event.organisationId()), "notice.application.submitted",
                List.of(event.applicantName(), event.badgeName()), "provider/badge/issue/" + event.badgeId());
    }

    @EventListener
    void decided(ApplicationDecided event) {
        if (event.approved()) {
            inbox.send(Notice.Audience.person(event.accountId()), "notice.application.approved",
                    List.of(event.badgeName()), "awards/" + event.awardPublicId());
        } else {
            inbox.send(Notice.Audience.person(event.accountId()), "notice.application.returned",
                    List.of(event.badgeName(), event.feedback()), "my/badges");
        }
    }
}
