package org.mesta.inbox;

import org.mesta.base.Role;
import org.mesta.campaign.CampaignEvents.EvaluationAwaitingConfirmation;
import org.mesta.campaign.CampaignEvents.PeopleNotified;
import org.mesta.campaign.CampaignEvents.RecommendationProposed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

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

    @EventListener
    void notified(PeopleNotified event) {
        for (long person : event.accountIds()) {
            inbox.send(Notice.Audience.person(person), event.messageKey(),
                    List.of(event.actorName(), event.campaignTitle()), "ambassador/campaign/" + event.campaignId());
        }
    }

    @EventListener
    void evaluated(EvaluationAwaitingConfirmation event) {
        inbox.send(Notice.Audience.city(event.cityId(), Role.CITY_ADMIN), "notice.campaign.evaluation-awaiting",
                List.of(event.actorName(), event.campaignTitle()), "city/campaigns");
    }

    @EventListener
    void proposed(RecommendationProposed event) {
        if (event.cityId() != null) {
            inbox.send(Notice.Audience.city(event.cityId(), Role.CITY_ADMIN), "notice.recommendation.proposed",
                    List.of(event.proposedBy(), event.title()), "ambassador/recommendations");
        }
    }
}
