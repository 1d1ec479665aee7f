package org.mesta.opportunity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mesta.base.TranslationProvider;
import org.mesta.map.BoundingBox;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stateless public endpoints for the map (no Vaadin session, so they scale and cache): GeoJSON of approved
 * opportunities by bounding box and filters (written by GeoJson), and their pictures. ETag and Last-Modified
 * follow the latest publication, so unchanged answers cost a 304. The calendars are in CalendarFeeds.
 */
@RestController
class OpportunityFeeds {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final PublicOpportunities opportunities;
    private final KnownCities cities;
    private final GeoJson geoJson;
    /** Recent answers by question (which includes the public version, so they never go stale). */
    private final Map<String, byte[]> answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 256;
        }
    });

    OpportunityFeeds(PublicOpportunities opportunities, KnownCities cities, GeoJson geoJson) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.geoJson = geoJson;
    }

    @GetMapping("/api/opportunities.geojson")
    @Nullable ResponseEntity<byte[]> geoJson(
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) OpportunityType type,
            @RequestParam(required = false) Format format,
            @RequestParam(required = false) Theme theme,
            @RequestParam(required = false) AccessFeature access,
            @RequestParam(defaultValue = "false") boolean free,
            @RequestParam(required = false) Integer age,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "500") int limit,
            WebRequest request) {
        // Anonymous input is bounded before work starts: the count before anything is sized by it, the language
        // to one we write, and the cache key made only of the parsed filters (unknown parameters are no new key).
        int wanted = Math.max(1, Math.min(limit, PublicQuery.MAX_LIMIT));
        String language = knownLanguage(lang);
        if (age != null && (age < 0 || age > 150)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "age is 0-150");
        }
        KnownCities.KnownCity known = city == null ? null : cities.bySlug(city);
        Long cityId = known == null ? null : known.id();
        PublicOpportunities.PublicVersion version = opportunities.publicVersion(cityId);
        Instant last = version.lastModified();
        MapGrid grid = MapGrid.around(parseBox(bbox));
        // Viewports a little apart ask the same question: the box is widened to whole grid cells.
        String question = version.tag() + "?" + grid + "&city=" + cityId + "&type=" + type + "&format=" + format
                + "&theme=" + theme + "&access=" + access + "&free=" + free + "&age=" + age + "&from=" + from
                + "&to=" + to + "&lang=" + language + "&limit=" + wanted;
        // An ETag only has to differ between versions of the same URL, so a short hash of the question will do.
        String etag = "\"" + version.tag() + "-" + Integer.toHexString(question.hashCode()) + "\"";
        if (request.checkNotModified(etag, last.toEpochMilli())) {
            return null;
        }
        // Identical questions since the last change get the bytes already written (per node, bounded).
        byte[] body = answers.get(question);
        if (body == null) {
            // One more than wanted tells whether the answer was cut; PublicQuery allows that one more.
            body = answer(
                    new PublicQuery(cityId, grid.box(), type, format, theme, access, free, age, from, to, wanted + 1),
                    grid.cell(),
                    language,
                    known == null ? null : known.firstLanguage(),
                    wanted);
            answers.put(question, body);
        }
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .eTag(etag)
                .lastModified(last)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .body(body);
    }

    /** Languages features are written in; any other asked for falls back to the first (no new cache entries). */
    static String knownLanguage(String lang) {
        return TranslationProvider.LOCALES.stream()
                .map(TranslationProvider::tag)
                .filter(l -> l.equals(lang))
                .findFirst()
                .orElse(TranslationProvider.tag(TranslationProvider.LOCALES.getFirst()));
    }

    /** For tests: how many answers and features are cached. */
    int cachedAnswers() {
        return answers.size();
    }

    int cachedFeatures() {
        return geoJson.cachedFeatures();
    }

    private byte[] answer(PublicQuery query, double cell, String lang, @Nullable String cityFirst, int limit) {
        List<Cluster> clusters = opportunities.clustersIfMoreThan(query, cell);
        if (!clusters.isEmpty()) {
            // Crowded viewport: a few dozen clusters instead of thousands of points.
            return GeoJson.clustersJson(clusters).getBytes(StandardCharsets.UTF_8);
        }
        return geoJson.cards(opportunities.cards(query), lang, cityFirst, limit);
    }

    @GetMapping("/api/opportunities/{id}/image.jpg")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        byte[] jpeg =
                opportunities.publicImage(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .eTag("\"" + Integer.toHexString(Arrays.hashCode(jpeg)) + "\"")
                .body(jpeg);
    }

    static @Nullable BoundingBox parseBox(@Nullable String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] p = bbox.split(",");
        if (p.length != 4) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bbox is minLon,minLat,maxLon,maxLat");
        }
        try {
            double minLon = Double.parseDouble(p[0]), minLat = Double.parseDouble(p[1]);
            double maxLon = Double.parseDouble(p[2]), maxLat = Double.parseDouble(p[3]);
            return new BoundingBox(
                    Math.max(-90, minLat), Math.max(-180, minLon), Math.min(90, maxLat), Math.min(180, maxLon));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bbox is minLon,minLat,maxLon,maxLat");
        }
    }
}
