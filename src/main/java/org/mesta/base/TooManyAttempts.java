package org.mesta.base;

import java.time.Duration;

/** Refused by a rate limit: "too many attempts, try again in N minutes (or seconds)", in the person's language. */
public class TooManyAttempts extends UserError {

    public static final String MINUTES = "limits.too-many.minutes";
    public static final String SECONDS = "limits.too-many.seconds";

    private TooManyAttempts(String key, long amount) {
        super(key, amount);
    }

    /** Whole minutes from a minute on, else whole seconds; always rounded up, never "0". */
    public static TooManyAttempts after(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds >= 60
                ? new TooManyAttempts(MINUTES, (seconds + 59) / 60)
                : new TooManyAttempts(SECONDS, seconds);
    }

    /** The wait as whole seconds, for an HTTP Retry-After header. */
    public long seconds() {
        long amount = ((Number) params()[0]).longValue();
        return MINUTES.equals(key()) ? amount * 60 : amount;
    }

    public static boolean is(UserError e) {
        return e instanceof TooManyAttempts || MINUTES.equals(e.key()) || SECONDS.equals(e.key());
    }
}
