package org.mesta.base;

/** Lets tests in other packages start with fresh rate-limit buckets (and leave none exhausted behind). */
public final class RateLimitsTestAccess {

    private RateLimitsTestAccess() {}

    public static void forgetAll(RateLimits limits) {
        limits.forgetAll();
    }
}
