package org.mesta.opportunity;

import java.util.Locale;

/** The network's policy themes first, then others its cities use. */
public enum Theme {
    NON_FORMAL_LEARNING,
    MENTAL_HEALTH,
    INCLUSION,
    PARTICIPATION,
    SUSTAINABILITY,
    DIGITAL_SKILLS,
    ARTS_CULTURE,
    SPORT_HEALTH,
    ENTREPRENEURSHIP,
    CITIZENSHIP;

    public String translationKey() {
        return "opportunity.theme." + name().toLowerCase(Locale.ROOT);
    }
}
