package org.mesta.campaign;

/** The board's columns, left to right. */
public enum Stage {
    IDEA, PLANNING, IN_ACTION, DONE, EVALUATED;

    public String translationKey() {
        return "campaign.stage." + name().toLowerCase();
    }

    /** Done and evaluated campaigns have outcomes to show. */
    public boolean needsOutcomes() {
        return this == DONE || this == EVALUATED;
    }
}
