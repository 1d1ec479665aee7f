package org.mesta.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mesta.opportunity.Texts;

/**
 * The demo's words in a city's own language (Lithuanian, Serbian Latin, Croatian, Macedonian, Italian), beside the
 * English and Slovenian of {@link DemoActivities} and {@link DemoBadges}. Like real providers, the cities have not
 * translated everything: the activities in {@link #ENGLISH_ONLY} and the badges without words here stay in English,
 * so a visitor reading the local language sees the content fallback notice on them.
 */
record DemoPhrasebook(
        String language,
        Map<String, Texts> activities,
        List<String> organisations,
        Map<String, BadgeWords> badges,
        String pathway,
        String milestone,
        Map<String, CityWords> cities) {

    /**
     * Held in English even where the city has a language of its own: the Erasmus+ evening (its guests come from
     * abroad) and the online course (its videos are English).
     */
    static final Set<String> ENGLISH_ONLY = Set.of("exchange-info", "first-job");

    /** A badge's words, for the badge of {@link DemoBadges} with that English name. */
    record BadgeWords(String name, String description, String criteria) {}

    /**
     * One city's words: its name as written on a badge ribbon, its explorer pathway's title and story, and the
     * pathway's milestone badge and criteria (the city's name in the cases the language needs).
     */
    record CityWords(String name, String title, String story, String badge, String criteria) {}

    DemoPhrasebook {
        activities = Map.copyOf(activities);
        organisations = List.copyOf(organisations);
        badges = Map.copyOf(badges);
        cities = Map.copyOf(cities);
    }

    /** The phrasebook of the language, when the demo has one. */
    static Optional<DemoPhrasebook> of(String language) {
        return Optional.ofNullable(
                switch (language) {
                    case "lt" -> DemoLithuanian.BOOK;
                    case "sr" -> DemoSerbian.BOOK;
                    case "hr" -> DemoCroatian.BOOK;
                    case "mk" -> DemoMacedonian.BOOK;
                    case "it" -> DemoItalian.BOOK;
                    default -> null;
                });
    }

    /** The activity's texts in this language, or empty when the city offers it in English only. */
    Optional<Texts> activity(String key) {
        return Optional.ofNullable(activities.get(key));
    }

    /** One activity's texts, for a phrasebook's {@code Map.ofEntries}. */
    static Map.Entry<String, Texts> a(String key, String title, String summary, String description) {
        return Map.entry(key, new Texts(title, summary, description));
    }

    static Map.Entry<String, BadgeWords> badge(String english, String name, String description, String criteria) {
        return Map.entry(english, new BadgeWords(name, description, criteria));
    }
}
