package org.mesta.campaign;

import java.util.Locale;

/** The board's columns, left to right. */
public enum Stage {
    IDEA,
    PLANNING,
    IN_ACTION,
    DONE,
    EVALUATED;

    public String translationKey() {
        return "campaign.stage." + name().toLowerCase(Locale.ROOT);
    }

    /** Done and evaluated campaigns have outcomes to show. */
    public boolean needsOutcomes() {
        return this == DONE || this == EVALUATED;
    }
}
