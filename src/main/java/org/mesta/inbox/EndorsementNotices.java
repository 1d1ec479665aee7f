package org.mesta.inbox;

import java.util.List;
import org.mesta.badge.EndorsementService;
import org.mesta.base.SystemTask;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The members of an organisation hear when another organisation endorses one of its badges. */
@Component
class EndorsementNotices {

    private final InboxService inbox;

    EndorsementNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void endorsed(EndorsementService.BadgeEndorsed event) {
        SystemTask.runUnlessSignedIn(() -> inbox.send(
                Notice.Audience.organisation(event.badgeOrganisationId()),
                "notice.endorsement.received",
                List.of(event.endorserName(), event.badgeName()),
                "provider/badges"));
    }
}
