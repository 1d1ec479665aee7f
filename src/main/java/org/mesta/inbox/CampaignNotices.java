package org.mesta.inbox;

import java.util.List;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.campaign.CampaignEvents.EvaluationAwaitingConfirmation;
import org.mesta.campaign.CampaignEvents.PeopleNotified;
import org.mesta.campaign.CampaignEvents.RecommendationProposed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Campaigns in the inbox: people mentioned in a comment, added to a team, given a task, or whose public event
 * was decided hear of it; city admins hear of recommendations waiting for curation and of evaluations waiting
 * for their confirmation.
 */
@Component
class CampaignNotices {

    private final InboxService inbox;

    CampaignNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void notified(PeopleNotified event) {
        for (long person : event.accountIds()) {
            leave(
                    Notice.Audience.person(person),
                    event.messageKey(),
                    List.of(event.actorName(), event.campaignTitle()),
                    "ambassador/campaign/" + event.campaignId());
        }
    }

    @ApplicationModuleListener
    void evaluated(EvaluationAwaitingConfirmation event) {
        leave(
                Notice.Audience.city(event.cityId(), Role.CITY_ADMIN),
                "notice.campaign.evaluation-awaiting",
                List.of(event.actorName(), event.campaignTitle()),
                "city/campaigns");
    }

    @ApplicationModuleListener
    void proposed(RecommendationProposed event) {
        if (event.cityId() != null) {
            leave(
                    Notice.Audience.city(event.cityId(), Role.CITY_ADMIN),
                    "notice.recommendation.proposed",
                    List.of(event.proposedBy(), event.title()),
                    "ambassador/recommendations");
        }
    }

    /** Runs after the publishing transaction committed, off its thread; resubmitted later (EventResubmission), as the system. */
    private void leave(Notice.Audience to, String messageKey, List<String> args, String link) {
        SystemTask.runUnlessSignedIn(() -> inbox.send(to, messageKey, args, link));
    }
}
