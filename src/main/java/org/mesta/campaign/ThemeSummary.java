package org.mesta.campaign;

import org.mesta.opportunity.Theme;

/** A city's campaigns on one theme and what the finished ones achieved (a campaign counts under each theme). */
public record ThemeSummary(Theme theme, int campaigns, int finished, long peopleReached, long decisionMakers,
                           long eventsHeld, long mediaMentions, long artworks) {
}
