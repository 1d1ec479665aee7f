package org.mesta.campaign;

import org.mesta.opportunity.Theme;

/** A city's campaigns on one theme and what the finished ones achieved (a campaign counts under each theme). */
public record ThemeSummary(
        Theme theme,
        int campaigns,
        int finished,
        long peopleReached,
        long decisionMakers,
        long eventsHeld,
        long mediaMentions,
        long artworks) {

    /** One campaign under one theme; its outcomes count once it is done (or evaluated). */
    static ThemeSummary of(Theme theme, Campaign c) {
        Outcomes o = c.getStage().needsOutcomes() && c.hasOutcomes() ? c.getOutcomes() : null;
        return o == null
                ? new ThemeSummary(theme, 1, 0, 0, 0, 0, 0, 0)
                : new ThemeSummary(
                        theme,
                        1,
                        1,
                        Outcomes.orZero(o.peopleReached()),
                        Outcomes.orZero(o.decisionMakers()),
                        Outcomes.orZero(o.eventsHeld()),
                        Outcomes.orZero(o.mediaMentions()),
                        Outcomes.orZero(o.artworks()));
    }

    ThemeSummary plus(ThemeSummary other) {
        return new ThemeSummary(
                theme,
                campaigns + other.campaigns,
                finished + other.finished,
                peopleReached + other.peopleReached,
                decisionMakers + other.decisionMakers,
                eventsHeld + other.eventsHeld,
                mediaMentions + other.mediaMentions,
                artworks + other.artworks);
    }
}
