package org.mesta.pathway;

import java.time.Instant;

/**
 * What happens when someone takes part, for the features that react to it (pathways count an opportunity step as
 * done once its learner was checked in at one of its sessions; the inbox tells people).
 */
public final class TakingPart {

    private TakingPart() {}

    /** A participant was checked in at a session (by scanning the organiser's code or ticked by the organiser). */
    public record CheckedIn(long accountId, long opportunityId, Instant sessionStart, String title) {}
}
