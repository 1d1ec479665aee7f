package org.mesta.pathway;

import java.util.Locale;

/** Where a pathway's working copy stands; a published pathway stays public while its revision is moderated. */
public enum PathwayStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    REJECTED,
    PUBLISHED;

    public String translationKey() {
        return "pathway.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The organiser may change it (not while a moderator decides, not once rejected). */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == PUBLISHED;
    }
}
