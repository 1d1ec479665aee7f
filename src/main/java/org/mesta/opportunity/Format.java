package org.mesta.opportunity;

import java.util.Locale;

public enum Format {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean hasPlace() {
        return this != ONLINE;
    }

    public boolean hasLink() {
        return this != IN_PERSON;
    }

    public String translationKey() {
        return "opportunity.format." + name().toLowerCase(Locale.ROOT);
    }
}
