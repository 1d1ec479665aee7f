package org.mesta.badge;

/** Past-tense facts about badges that other features (the inbox) react to. */
public final class BadgeEvents {

    private BadgeEvents() {}

    public record ApplicationSubmitted(
            long applicationId, long badgeId, long organisationId, String badgeName, String applicantName) {}

    public record ApplicationDecided(
            long applicationId,
            long badgeId,
            long accountId,
            String badgeName,
            boolean approved,
            String feedback,
            String awardPublicId) {}
}
