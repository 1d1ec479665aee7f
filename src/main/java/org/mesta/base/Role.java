package org.mesta.base;

import java.util.Locale;

/**
 * The platform roles. A person may hold several; city-scoped roles (moderator, city admin, ambassador)
 * apply to the person's own city. Kept in base because every feature's service checks them.
 */
public enum Role {
    LEARNER,
    PROVIDER,
    AMBASSADOR,
    MODERATOR,
    CITY_ADMIN,
    NETWORK_ADMIN;

    public static final String LEARNER_ = "LEARNER";
    public static final String PROVIDER_ = "PROVIDER";
    public static final String AMBASSADOR_ = "AMBASSADOR";
    public static final String MODERATOR_ = "MODERATOR";
    public static final String CITY_ADMIN_ = "CITY_ADMIN";
    public static final String NETWORK_ADMIN_ = "NETWORK_ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
