package org.mesta.campaign;

import java.util.Set;

/** What the campaign feature tells others (the inbox, open boards) once its transaction has committed. */
public final class CampaignEvents {

    private CampaignEvents() {}

    /**
     * A card of the city's board was created, moved or changed: open boards refresh. Campaign id 0: something on
     * the city's board changed on another app node (see BoardStamps).
     */
    public record BoardChanged(long cityId, long campaignId) {}

    /** Someone was mentioned in a comment (or added to a team, or given a task). */
    public record PeopleNotified(
            Set<Long> accountIds, long campaignId, String campaignTitle, String actorName, String messageKey) {}

    /** A campaign's team evaluated it: the city admins are asked to confirm (which awards the campaign badge). */
    public record EvaluationAwaitingConfirmation(
            long cityId, long campaignId, String campaignTitle, String actorName) {}

    /** A recommendation waits for the city admins' curation. */
    public record RecommendationProposed(Long cityId, String title, String proposedBy) {}
}
