package org.mesta.opportunity;

import java.util.Locale;

public enum AccessFeature {
    STEP_FREE,
    ACCESSIBLE_TOILET,
    SIGN_LANGUAGE,
    HEARING_LOOP,
    CAPTIONS,
    EASY_READ,
    QUIET_SPACE;

    public String translationKey() {
        return "opportunity.access." + name().toLowerCase(Locale.ROOT);
    }
}
