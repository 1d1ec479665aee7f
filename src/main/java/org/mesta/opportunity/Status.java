package org.mesta.opportunity;

import java.util.Locale;

/**
 * Where the provider's working copy stands. DRAFT → SUBMITTED → APPROVED, or back to the provider as
 * CHANGES_REQUESTED, or REJECTED. An approved opportunity edited again is a DRAFT revision while the
 * approved version stays published.
 */
public enum Status {
    DRAFT,
    SUBMITTED,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED;

    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == APPROVED;
    }

    public String translationKey() {
        return "opportunity.status." + name().toLowerCase(Locale.ROOT);
    }
}
