package org.mesta.opportunity;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.map.GeoPoint;

/** An approved opportunity as the public sees it: a snapshot taken at approval, stored as JSON. */
public record PublicOpportunity(
        long id,
        long cityId,
        Long organisationId,
        String organisationName,
        int revision,
        Instant publishedAt,
        Map<String, Texts> texts,
        OpportunityType type,
        Set<Theme> themes,
        Format format,
        Instant startsAt,
        Instant endsAt,
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
        @Nullable String imageAlt,
        List<Meeting> sessions,
        List<Long> badges,
        @Nullable Boolean joinInMesta,
        boolean awardOnCheckIn,
        @Nullable Map<String, String> imageAlts)
        implements Serializable {

    /** Without the joining choices (people join in Mesta; no automatic award). */
    public PublicOpportunity(
            long id,
            long cityId,
            Long organisationId,
            String organisationName,
            int revision,
            Instant publishedAt,
            Map<String, Texts> texts,
            OpportunityType type,
            Set<Theme> themes,
            Format format,
            Instant startsAt,
            Instant endsAt,
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
            String imageAlt,
            List<Meeting> sessions,
            List<Long> badges) {
        this(
                id,
                cityId,
                organisationId,
                organisationName,
                revision,
                publishedAt,
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
                imageAlt,
                sessions,
                badges,
                true,
                false,
                null);
    }

    /** A further meeting, in absolute time. */
    public record Meeting(Instant startsAt, Instant endsAt) implements Serializable {}

    public PublicOpportunity {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        // Snapshots published before badges existed have none.
        badges = badges == null ? List.of() : List.copyOf(badges);
        // Snapshots published before joining existed: people join in Mesta, as new opportunities do.
        joinInMesta = joinInMesta == null ? Boolean.TRUE : joinInMesta;
        // The picture's description per language; snapshots published before that have one in imageAlt.
        imageAlts = MultilingualText.of(imageAlts).texts();
    }

    /** A picture's description and the language it is written in. */
    public record PictureAlt(String text, @Nullable String language) {}

    /** Whether people join its sessions in Mesta (else only through the organiser's own contacts). */
    public boolean joinsInMesta() {
        return !Boolean.FALSE.equals(joinInMesta) && startsAt != null && !ongoing;
    }

    /** Every meeting, the first included, in order. */
    public List<Meeting> meetings() {
        List<Meeting> all = new ArrayList<>();
        if (startsAt != null) all.add(new Meeting(startsAt, endsAt));
        all.addAll(sessions);
        return all;
    }

    /** Whether it has a picture (its description is required, so a picture always has one). */
    public boolean hasImage() {
        return imageAlt != null || !imageAlts.isEmpty();
    }

    /**
     * The picture's description for a reader, in the language {@link Languages#pick} chooses; a description from
     * before there was one per language counts as written in the city's first language. Empty without a picture.
     */
    public Optional<PictureAlt> pictureAlt(Locale reader, @Nullable String cityFirst) {
        if (imageAlts.isEmpty()) {
            return Optional.ofNullable(imageAlt).map(alt -> new PictureAlt(alt, cityFirst));
        }
        return Languages.pick(imageAlts.keySet(), reader, cityFirst)
                .map(language -> new PictureAlt(imageAlts.get(language), language));
    }

    /** The language this opportunity is shown in to a reader (see {@link Languages#pick}); null when it has no text. */
    public @Nullable String shownLanguage(Locale reader, @Nullable String cityFirst) {
        List<String> written = texts.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().title().isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return Languages.pick(written, reader, cityFirst).orElse(null);
    }

    /** Texts in this language, else in the first language the provider wrote. */
    public Texts texts(String language) {
        Texts t = texts.get(language);
        return t != null && !t.title().isEmpty()
                ? t
                : texts.values().stream()
                        .filter(x -> !x.title().isEmpty())
                        .findFirst()
                        .orElse(new Texts("", "", ""));
    }
}
