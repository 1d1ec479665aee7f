package org.mesta.badge;

import java.util.List;

/**
 * The curated skill terms providers pick from (transversal skills as the youth field names them, after the
 * ESCO transversal skills and the EU key competences), stored as "skill:" + key and shown through the
 * translation "skill." + key; anything else a provider types is kept as a free tag.
 */
public final class Skills {

    public static final String PREFIX = "skill:";
    public static final List<String> CURATED = List.of(
            "teamwork",
            "communication",
            "public-speaking",
            "leadership",
            "problem-solving",
            "creativity",
            "critical-thinking",
            "digital",
            "empathy",
            "self-management",
            "civic-participation",
            "sustainability",
            "intercultural",
            "entrepreneurship",
            "wellbeing",
            "learning-to-learn");

    private Skills() {}

    public static boolean isCurated(String tag) {
        return tag.startsWith(PREFIX) && CURATED.contains(tag.substring(PREFIX.length()));
    }

    /** The translation key of a curated term, else null. */
    public static String key(String tag) {
        return isCurated(tag) ? "skill." + tag.substring(PREFIX.length()) : null;
    }
}
