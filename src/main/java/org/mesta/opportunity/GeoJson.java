package org.mesta.opportunity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mesta.base.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the public map's GeoJSON: clusters for crowded viewports, otherwise one feature per card. */
@Component
class GeoJson {

    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;

    /**
     * Each card's feature, written once per language: a card (a record of what is shown) only changes when its
     * opportunity is published again, and then it is a different key.
     */
    private final Map<FeatureKey, String> features = new ConcurrentHashMap<>();

    private record FeatureKey(
            Card card, String lang, @Nullable String cityFirst) {}

    GeoJson(@Value("${mesta.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** For tests: how many features are cached. */
    int cachedFeatures() {
        return features.size();
    }

    /** Five decimals is about a metre: enough for a map, and a third shorter than a full double. */
    static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    /** Clusters written by hand: the busiest answer, and nothing in it needs escaping. */
    static String clustersJson(List<Cluster> clusters) {
        StringBuilder out = new StringBuilder(64 + clusters.size() * 110);
        out.append("{\"type\":\"FeatureCollection\",\"features\":[");
        int total = 0;
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            total += c.count();
            if (i > 0) out.append(',');
            out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(round(c.longitude()))
                    .append(',')
                    .append(round(c.latitude()))
                    .append("]},\"properties\":{\"cluster\":true,\"count\":")
                    .append(c.count())
                    .append("}}");
        }
        return out.append("],\"clustered\":true,\"total\":")
                .append(total)
                .append('}')
                .toString();
    }

    /** The cards (at most the limit; those without a place are left out), saying whether more matched. */
    byte[] cards(List<Card> found, String lang, @Nullable String cityFirst, int limit) {
        boolean truncated = found.size() > limit;
        StringBuilder out =
                new StringBuilder(256 + limit * 400).append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        if (features.size() > 200_000) {
            features.clear(); // old cards of republished opportunities: start afresh rather than grow
        }
        for (Card c : found.subList(0, Math.min(limit, found.size()))) {
            if (c.latitude() == null) continue;
            if (!first) out.append(',');
            out.append(features.computeIfAbsent(new FeatureKey(c, lang, cityFirst), k -> feature(c, lang, cityFirst)));
            first = false;
        }
        out.append("],\"clustered\":false,\"truncated\":").append(truncated).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** In the language the city page's list shows too: the reader's, else the city's first, else English, else any. */
    private String feature(Card c, String lang, @Nullable String cityFirst) {
        Card.Shown shown = c.shown(TranslationProvider.locale(lang), cityFirst);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", c.id());
        properties.put("title", shown.title());
        properties.put("summary", shown.summary());
        // The language title and summary are written in (null when none): the map's pop-up marks text that fell
        // back to another language than the reader's with it, for screen readers (WCAG 3.1.2).
        properties.put("lang", shown.language());
        properties.put("type", c.type());
        properties.put("format", c.format());
        properties.put("themes", c.themes().replaceAll("^,|,$", "").split(","));
        properties.put("startsAt", c.startsAt());
        properties.put("endsAt", c.endsAt());
        properties.put("free", c.free());
        properties.put("organisation", shown.organisation());
        properties.put("url", baseUrl + "/opportunities/" + c.id());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", c.id());
        feature.put(
                "geometry", Map.of("type", "Point", "coordinates", List.of(round(c.longitude()), round(c.latitude()))));
        feature.put("properties", properties);
        return json.writeValueAsString(feature);
    }
}
