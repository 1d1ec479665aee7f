package org.mesta.opportunity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * What a map marker, a list row or a GeoJSON feature needs of a published opportunity: read from flat
 * columns and a small JSON "card", never from the full content, so a viewport of hundreds stays cheap.
 */
public record Card(long id, Double latitude, Double longitude, OpportunityType type, Format format, Instant startsAt,
                   Instant endsAt, boolean free, String themes, String card) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String write(PublicOpportunity p) {
        var root = JSON.createObjectNode();
        root.put("o", p.organisationName());
        var texts = root.putObject("t");
        p.texts().forEach((lang, t) -> texts.putArray(lang).add(t.title()).add(t.summary()));
        return JSON.writeValueAsString(root);
    }

    /** The words to show, read in one go. */
    public record Shown(String title, String summary, String organisation) {
    }

    /** Title and summary in the reader's language, else in the first language the provider wrote. */
    public Shown shown(String language) {
        JsonNode root = JSON.readTree(card);
        JsonNode t = root.get("t");
        JsonNode chosen = t.has(language) && !t.get(language).get(0).asString().isEmpty() ? t.get(language)
                : t.properties().stream().map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        String organisation = root.get("o").asString();
        return chosen == null ? new Shown("", "", organisation)
                : new Shown(chosen.get(0).asString(), chosen.get(1).asString(), organisation);
    }
}
