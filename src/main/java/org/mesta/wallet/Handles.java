package org.mesta.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mesta.base.Problem;

/**
 * What makes a profile handle: 3–30 lower-case letters, digits and hyphens, starting and ending with a letter or
 * digit, and not a word the site uses for itself (so {@code /u/admin} never looks official).
 */
final class Handles {

    static final int MIN = 3;
    static final int MAX = 30;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    static final Set<String> RESERVED = Set.of(
            "admin",
            "administrator",
            "api",
            "my",
            "me",
            "u",
            "mesta",
            "root",
            "system",
            "support",
            "help",
            "info",
            "login",
            "logout",
            "register",
            "settings",
            "profile",
            "profiles",
            "privacy",
            "terms",
            "verify",
            "awards",
            "badges",
            "cities",
            "city",
            "network",
            "moderator",
            "moderation",
            "provider",
            "ambassador",
            "learner",
            "official",
            "staff",
            "team",
            "security",
            "null",
            "undefined",
            "www",
            "mail",
            "about",
            "contact");

    private Handles() {}

    /** What a person typed, as a handle is stored: trimmed and lower-case. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the text could be a handle at all (checked before any query on anonymous input). */
    static boolean wellFormed(String handle) {
        return handle.length() >= MIN
                && handle.length() <= MAX
                && SHAPE.matcher(handle).matches();
    }

    /** What is wrong with a (normalised) handle, as problems of the field "handle"; empty when it may be used. */
    static List<Problem> problems(String handle) {
        List<Problem> problems = new ArrayList<>();
        if (handle.isEmpty()) {
            problems.add(new Problem("handle", "error.required"));
        } else if (RESERVED.contains(handle)) {
            problems.add(new Problem("handle", "profile.error.handle-reserved", handle));
        } else if (handle.length() < MIN || handle.length() > MAX) {
            problems.add(new Problem("handle", "profile.error.handle-length", MIN, MAX));
        } else if (!SHAPE.matcher(handle).matches()) {
            problems.add(new Problem("handle", "profile.error.handle-shape"));
        }
        return problems;
    }
}
