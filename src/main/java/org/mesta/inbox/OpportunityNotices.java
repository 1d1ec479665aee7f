package org.mesta.inbox;

import java.util.List;
import java.util.Locale;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.opportunity.OpportunityEvents.OpportunityDecided;
import org.mesta.opportunity.OpportunityEvents.OpportunitySubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opportunities in the inbox: the city's moderators hear of each submission, the organisation's members of
 * each decision (with the moderator's reason). Each reaction is kept in the event publication registry from the
 * deciding transaction until its notice is saved, so none is lost or sent for a decision that was rolled back.
 */
@Component
class OpportunityNotices {

    private final InboxService inbox;

    OpportunityNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void submitted(OpportunitySubmitted event) {
        leave(
                Notice.Audience.city(event.cityId(), Role.MODERATOR),
                "notice.opportunity.submitted",
                List.of(event.title()),
                "moderation/opportunity/" + event.opportunityId());
    }

    @ApplicationModuleListener
    void decided(OpportunityDecided event) {
        if (event.organisationId() == null) {
            return; // a campaign's public event: the campaign tells its team
        }
        leave(
                Notice.Audience.organisation(event.organisationId()),
                "notice.opportunity." + event.decision().name().toLowerCase(Locale.ROOT),
                List.of(event.title(), event.reason() == null ? "" : event.reason()),
                "provider/opportunity/" + event.opportunityId());
    }

    /** Runs after the publishing transaction committed, off its thread; resubmitted later (EventResubmission), as the system. */
    private void leave(Notice.Audience to, String messageKey, List<String> args, String link) {
        SystemTask.runUnlessSignedIn(() -> inbox.send(to, messageKey, args, link));
    }
}
