package org.mesta.opportunity;

import java.util.Locale;

public enum OpportunityType {
    EVENT,
    COURSE,
    WORKSHOP,
    VOLUNTEERING,
    PROJECT,
    EXCHANGE,
    ONLINE_RESOURCE,
    OTHER;

    public String translationKey() {
        return "opportunity.type." + name().toLowerCase(Locale.ROOT);
    }
}
