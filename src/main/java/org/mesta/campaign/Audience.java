package org.mesta.campaign;

import java.util.Locale;

/** Whom a campaign wants to reach: target audiences and stakeholders. */
public enum Audience {
    DECISION_MAKERS,
    SCHOOLS,
    YOUTH_CENTRES,
    MEDIA,
    PUBLIC,
    PARENTS,
    YOUTH_ORGANISATIONS,
    BUSINESSES;

    public String translationKey() {
        return "campaign.audience." + name().toLowerCase(Locale.ROOT);
    }
}
