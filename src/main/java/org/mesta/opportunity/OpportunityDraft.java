package org.mesta.opportunity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mesta.map.GeoPoint;

/**
 * Everything a provider enters, as the wizard holds it (times in the city's own time zone; sessions are
 * the meetings after the first). Autosave stores
 * it as it is, incomplete or not; {@link OpportunityRules} says what must be fixed before it can be submitted.
 */
public record OpportunityDraft(
        Map<String, Texts> texts,
        OpportunityType type,
        Set<Theme> themes,
        Format format,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        boolean ongoing,
        GeoPoint location,
        String venue,
        String address,
        String onlineUrl,
        Integer ageMin,
        Integer ageMax,
        Integer capacity,
        boolean free,
        String price,
        Set<String> languages,
        Set<AccessFeature> access,
        String accessibilityNotes,
        String joinUrl,
        String joinEmail,
        String joinPhone,
        List<Session> sessions,
        boolean joinInMesta,
        boolean awardOnCheckIn)
        implements Serializable {

    /**
     * Without the joining choices: people join in Mesta, and the badge is awarded by the organiser's click (the
     * defaults of a new opportunity).
     */
    public OpportunityDraft(
            Map<String, Texts> texts,
            OpportunityType type,
            Set<Theme> themes,
            Format format,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            boolean ongoing,
            GeoPoint location,
            String venue,
            String address,
            String onlineUrl,
            Integer ageMin,
            Integer ageMax,
            Integer capacity,
            boolean free,
            String price,
            Set<String> languages,
            Set<AccessFeature> access,
            String accessibilityNotes,
            String joinUrl,
            String joinEmail,
            String joinPhone,
            List<Session> sessions) {
        this(
                texts,
                type,
                themes,
                format,
                startsAt,
                endsAt,
                ongoing,
                location,
                venue,
                address,
                onlineUrl,
                ageMin,
                ageMax,
                capacity,
                free,
                price,
                languages,
                access,
                accessibilityNotes,
                joinUrl,
                joinEmail,
                joinPhone,
                sessions,
                true,
                false);
    }

    public OpportunityDraft {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        access = access == null ? Set.of() : Set.copyOf(access);
    }

    public static OpportunityDraft empty() {
        return new OpportunityDraft(
                Map.of(),
                null,
                Set.of(),
                Format.IN_PERSON,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                List.of());
    }

    public Texts texts(String language) {
        return texts.getOrDefault(language, new Texts("", "", ""));
    }
}
