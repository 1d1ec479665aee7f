package org.mesta.badge;

import java.util.Locale;

/** DRAFT while designed, PUBLISHED when it can be attached and awarded, ARCHIVED when no longer awarded. */
public enum BadgeStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    public String translationKey() {
        return "badge.status." + name().toLowerCase(Locale.ROOT);
    }
}
