package org.mesta.opportunity;

/** Past-tense facts other features (and mail) react to. */
public final class OpportunityEvents {

    private OpportunityEvents() {}

    public record OpportunitySubmitted(long opportunityId, long cityId, Long organisationId, String title) {}

    public record OpportunityDecided(
            long opportunityId, Long organisationId, String title, Status decision, String reason) {}
}
