package org.mesta.inbox;

import org.mesta.base.Role;
import org.mesta.opportunity.OpportunityEvents.OpportunityDecided;
import org.mesta.opportunity.OpportunityEvents.OpportunitySubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Opportunities in the inbox: the city's moderators hear of each submission, the organisation's members of
 * each decision (with the moderator's reason). Saved in the deciding transaction, so none is lost or
 * left behind.
 */
@Component
class OpportunityNotices {

    private final InboxService inbox;

    OpportunityNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @EventListener
    void submitted(OpportunitySubmitted event) {
        inbox.send(Notice.Audience.city(event.cityId(), Role.MODERATOR), "notice.opportunity.submitted",
                List.of(event.title()), "moderation/opportunity/" + event.opportunityId());
    }

    @EventListener
    void decided(OpportunityDecided event) {
        if (event.organisationId() == null) {
            return; // a campaign's public event: the campaign tells its team
        }
        inbox.send(Notice.Audience.organisation(event.organisationId()),
                "notice.opportunity." + event.decision().name().toLowerCase(),
                List.of(event.title(), event.reason() == null ? "" : event.reason()),
                "provider/opportunity/" + event.opportunityId());
    }
}
