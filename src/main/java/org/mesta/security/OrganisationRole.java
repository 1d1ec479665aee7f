package org.mesta.security;

import java.util.Locale;

/** What a member may do for an organisation: admins manage members, editors publish, issuers award badges. */
public enum OrganisationRole {
    ADMIN,
    EDITOR,
    ISSUER;

    public String translationKey() {
        return "organisation.role." + name().toLowerCase(Locale.ROOT);
    }
}
