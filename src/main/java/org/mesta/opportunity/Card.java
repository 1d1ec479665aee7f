package org.mesta.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Languages;
import org.mesta.base.TranslationProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a map marker, a list row or a GeoJSON feature needs of a published opportunity: read from flat
 * columns and a small JSON "card", never from the full content, so a viewport of hundreds stays cheap.
 */
public record Card(
        long id,
        Double latitude,
        Double longitude,
        OpportunityType type,
        Format format,
        Instant startsAt,
        Instant endsAt,
        boolean free,
        String themes,
        String card) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String write(PublicOpportunity p) {
        var root = JSON.createObjectNode();
        root.put("o", p.organisationName());
        var texts = root.putObject("t");
        p.texts().forEach((lang, t) -> texts.putArray(lang).add(t.title()).add(t.summary()));
        if (p.hasImage()) {
            // The picture's descriptions (per language) and revision, so a list can show it with its alt text without
            // the content. Cards written before descriptions had languages hold one text here.
            var picture = root.putArray("i");
            if (p.imageAlts().isEmpty()) {
                picture.add(p.imageAlt());
            } else {
                var alts = picture.addObject();
                p.imageAlts().forEach(alts::put);
            }
            picture.add(p.revision());
        }
        return JSON.writeValueAsString(root);
    }

    /** Started before {@code now} and not over: a list shows "on now, until …" rather than a start in the past. */
    public boolean onNow(Instant now) {
        return startsAt != null && startsAt.isBefore(now) && (endsAt == null || endsAt.isAfter(now));
    }

    /**
     * A published picture: where the browser fetches it and what it shows, for screen readers, in which language
     * ({@code altLanguage}: null when the description was written before descriptions had languages).
     */
    public record Picture(String url, String alt, @Nullable String altLanguage) {}

    /**
     * The opportunity's picture, if it has one (cards written before pictures were listed have none), described in
     * the language {@link Languages#pick} chooses for this reader in this city.
     */
    public Optional<Picture> picture(Locale reader, @Nullable String cityFirst) {
        JsonNode i = JSON.readTree(card).get("i");
        if (i == null || i.size() < 2) {
            return Optional.empty();
        }
        String url = "/api/opportunities/" + id + "/image.jpg?r=" + i.get(1).asInt();
        JsonNode alts = i.get(0);
        if (!alts.isObject()) {
            return Optional.of(new Picture(url, alts.asString(), cityFirst));
        }
        List<String> written = alts.properties().stream().map(Map.Entry::getKey).toList();
        String language = Languages.pick(written, reader, cityFirst).orElse(null);
        return Optional.of(
                new Picture(url, language == null ? "" : alts.get(language).asString(), language));
    }

    /**
     * The words to show, read in one go; {@code language}: the one title and summary are written in (null when the
     * provider wrote none).
     */
    public record Shown(
            String title,
            String summary,
            String organisation,
            @Nullable String language) {}

    /** Title and summary in the reader's language, else English, else any language the provider wrote. */
    public Shown shown(String language) {
        return shown(TranslationProvider.locale(language), null);
    }

    /** Title and summary in the language {@link Languages#pick} chooses for this reader in this city. */
    public Shown shown(Locale reader, @Nullable String cityFirst) {
        JsonNode root = JSON.readTree(card);
        JsonNode t = root.get("t");
        List<String> written = t.properties().stream()
                .filter(e -> !e.getValue().get(0).asString().isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        String organisation = root.get("o").asString();
        return Languages.pick(written, reader, cityFirst)
                .map(lang -> new Shown(
                        t.get(lang).get(0).asString(), t.get(lang).get(1).asString(), organisation, lang))
                .orElseGet(() -> new Shown("", "", organisation, null));
    }
}
