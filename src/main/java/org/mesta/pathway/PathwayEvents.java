package org.mesta.pathway;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Past-tense facts about pathways that other features (the inbox) and the pathway's own listeners react to. */
public final class PathwayEvents {

    private PathwayEvents() {}

    public record PathwaySubmitted(long pathwayId, long cityId, String title) {}

    /** A moderator decided; {@code organisationId} null: a city-wide pathway, its author ({@code authorId}) hears. */
    public record PathwayDecided(
            long pathwayId,
            @Nullable Long organisationId,
            long authorId,
            String title,
            PathwayStatus decision,
            @Nullable String reason) {}

    /** A pathway was published that uses these organisations' opportunities or badges as steps (or milestone). */
    public record PathwayUsesTheirWork(long pathwayId, String title, List<Long> organisationIds) {}

    public record Enrolled(long pathwayId, long accountId) {}

    /** A badge arrived that completes a step of a pathway the learner follows. */
    public record StepBadgeArrived(long accountId, long pathwayId, String pathwayTitle, String badgeName) {}

    /** All required steps are done: the milestone badge was awarded. */
    public record MilestoneAwarded(long accountId, long pathwayId, String pathwayTitle, String awardPublicId) {}
}
