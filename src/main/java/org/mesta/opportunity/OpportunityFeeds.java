package org.mesta.opportunity;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.BoundingBox;
import org.springframework.beans.factory.annotation.Value;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stateless public endpoints (no Vaadin session, so they scale and cache): GeoJSON of approved opportunities
 * by bounding box and filters, and iCalendar for one opportunity or a whole city. ETag and Last-Modified
 * follow the latest publication, so unchanged answers cost a 304.
 */
@RestController
class OpportunityFeeds {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PublicOpportunities opportunities;
    private final CityService cities;
    private final String baseUrl;
    /** Recent answers by question (which includes the public version, so they never go stale). */
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
    private final Map<String, byte[]> answers = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > 256;
                }
            });

    OpportunityFeeds(PublicOpportunities opportunities, CityService cities, @Value("${mesta.base-url}") String baseUrl) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/api/opportunities.geojson")
    ResponseEntity<byte[]> geoJson(@RequestParam(required = false) String city,
                                                @RequestParam(required = false) String bbox,
                                                @RequestParam(required = false) OpportunityType type,
                                                @RequestParam(required = false) Format format,
                                                @RequestParam(required = false) Theme theme,
                                                @RequestParam(required = false) AccessFeature access,
                                                @RequestParam(defaultValue = "false") boolean free,
                                                @RequestParam(required = false) Integer age,
                                                @RequestParam(required = false) LocalDate from,
                                                @RequestParam(required = false) LocalDate to,
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
        Long cityId = city == null ? null : cityId(city);
        PublicOpportunities.PublicVersion version = opportunities.publicVersion(cityId);
        Instant last = version.lastModified();
        Grid grid = Grid.around(parseBox(bbox));
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
            body = answer(new PublicQuery(cityId, grid.box(), type, format, theme, access,
                    free, age, from, to, wanted + 1), grid.cell(), language, wanted);
            answers.put(question, body);
        }
        return ResponseEntity.ok().contentType(GEO_JSON).eTag(etag).lastModified(last)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()).body(body);
    }

    /**
     * The clustering grid for a viewport: square cells of a power-of-two size in degrees, about a tenth of the
     * viewport, aligned to multiples of their size. Clusters therefore stay put while someone pans (they do not
     * jump with each new box), and the widened box is a cache key shared by nearby viewports.
     */
    record Grid(BoundingBox box, double cell) {

        static final int CELLS_ACROSS = 10;

        static Grid around(BoundingBox requested) {
            BoundingBox b = requested == null ? new BoundingBox(-90, -180, 90, 180) : requested;
            double span = Math.max(Math.max(b.maxLatitude() - b.minLatitude(), b.maxLongitude() - b.minLongitude()), 1e-6);
            double cell = Math.pow(2, Math.floor(Math.log(span / CELLS_ACROSS) / Math.log(2)));
            return new Grid(new BoundingBox(
                    Math.max(-90, Math.floor(b.minLatitude() / cell) * cell),
                    Math.max(-180, Math.floor(b.minLongitude() / cell) * cell),
                    Math.min(90, Math.ceil(b.maxLatitude() / cell) * cell),
                    Math.min(180, Math.ceil(b.maxLongitude() / cell) * cell)), cell);
        }

        @Override
        public String toString() {
            return "grid=" + box.minLatitude() + "," + box.minLongitude() + "," + box.maxLatitude() + ","
                    + box.maxLongitude() + "/" + cell;
        }
    }

    /** Languages features are written in; any other asked for falls back to the first (no new cache entries). */
    static String knownLanguage(String lang) {
        return org.mesta.base.ui.TranslationProvider.LOCALES.stream().map(java.util.Locale::getLanguage)
                .filter(l -> l.equals(lang)).findFirst()
                .orElse(org.mesta.base.ui.TranslationProvider.LOCALES.getFirst().getLanguage());
    }

    /** For tests: how many answers and features are cached. */
    int cachedAnswers() {
        return answers.size();
    }

    int cachedFeatures() {
        return features.size();
    }

    /** City ids by slug, kept briefly: every map request names its city, and cities hardly ever change. */
    private final Map<String, long[]> cityIds = new java.util.concurrent.ConcurrentHashMap<>();

    private long cityId(String slug) {
        long[] known = cityIds.get(slug);
        long now = System.nanoTime();
        if (known != null && now - known[1] < Duration.ofSeconds(10).toNanos()) {
            return known[0];
        }
        long id = cities.findCityBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no city " + slug)).getId();
        cityIds.put(slug, new long[]{id, now});
        return id;
    }

    /** Clusters written by hand: the busiest answer, and nothing in it needs escaping. */
    /** Five decimals is about a metre: enough for a map, and a third shorter than a full double. */
    static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    static String clustersJson(List<Cluster> clusters) {
        StringBuilder out = new StringBuilder(64 + clusters.size() * 110);
        out.append("{\"type\":\"FeatureCollection\",\"features\":[");
        int total = 0;
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            total += c.count();
            if (i > 0) out.append(',');
            out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(round(c.longitude())).append(',').append(round(c.latitude()))
                    .append("]},\"properties\":{\"cluster\":true,\"count\":").append(c.count()).append("}}");
        }
        return out.append("],\"clustered\":true,\"total\":").append(total).append('}').toString();
    }

    private byte[] answer(PublicQuery query, double cell, String lang, int limit) {
        List<Cluster> clusters = opportunities.clustersIfMoreThan(query, cell);
        if (!clusters.isEmpty()) {
            // Crowded viewport: a few dozen clusters instead of thousands of points.
            return clustersJson(clusters).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Card> found = opportunities.cards(query);
        boolean truncated = found.size() > limit;
        StringBuilder out = new StringBuilder(256 + limit * 400).append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        if (features.size() > 200_000) {
            features.clear(); // old cards of republished opportunities: start afresh rather than grow
        }
        for (Card c : found.subList(0, Math.min(limit, found.size()))) {
            if (c.latitude() == null) continue;
            if (!first) out.append(',');
            out.append(features.computeIfAbsent(new FeatureKey(c, lang), k -> feature(c, lang)));
            first = false;
        }
        out.append("],\"clustered\":false,\"truncated\":").append(truncated).append('}');
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Each card's feature, written once per language: a card (a record of what is shown) only changes when its
     * opportunity is published again, and then it is a different key.
     */
    private final Map<FeatureKey, String> features = new java.util.concurrent.ConcurrentHashMap<>();

    private record FeatureKey(Card card, String lang) {
    }

    private String feature(Card c, String lang) {
        Card.Shown shown = c.shown(lang);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", c.id());
        properties.put("title", shown.title());
        properties.put("summary", shown.summary());
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
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(round(c.longitude()), round(c.latitude()))));
        feature.put("properties", properties);
        return json.writeValueAsString(feature);
    }

    @GetMapping("/api/opportunities/{id}/image.jpg")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        byte[] jpeg = opportunities.publicImage(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .eTag("\"" + Integer.toHexString(java.util.Arrays.hashCode(jpeg)) + "\"").body(jpeg);
    }

    @GetMapping("/api/opportunities/{id}.ics")
    ResponseEntity<String> oneEvent(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        PublicOpportunity o = opportunities.findPublic(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Mesta//Cities of Learning//EN");
        events(o, lang).forEach(calendar::addEvent);
        return ResponseEntity.ok().contentType(CALENDAR).lastModified(o.publishedAt())
                .header("Content-Disposition", "attachment; filename=\"opportunity-" + id + ".ics\"")
                .body(Biweekly.write(calendar).go());
    }

    @GetMapping("/api/cities/{slug}/opportunities.ics")
    ResponseEntity<String> cityFeed(@PathVariable String slug, @RequestParam(required = false) String lang,
                                    WebRequest request) {
        City city = cities.findCityBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PublicOpportunities.PublicVersion version = opportunities.publicVersion(city.getId());
        Instant last = version.lastModified();
        if (request.checkNotModified("\"" + version.tag() + "-" + lang + "\"", last.toEpochMilli())) {
            return null;
        }
        String language = lang == null ? city.getDefaultLanguage() : lang;
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Mesta//Cities of Learning//EN");
        opportunities.currentForCity(city.getId()).forEach(o -> events(o, language).forEach(calendar::addEvent));
        return ResponseEntity.ok().contentType(CALENDAR).lastModified(last).eTag("\"" + version.tag() + "-" + lang + "\"")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(Biweekly.write(calendar).go());
    }

    /** One calendar event per meeting; an ongoing opportunity has none. */
    private List<VEvent> events(PublicOpportunity o, String lang) {
        List<VEvent> events = new ArrayList<>();
        var meetings = o.meetings();
        for (int i = 0; i < meetings.size(); i++) {
            events.add(event(o, lang, meetings.get(i), i == 0 ? "" : "-" + (i + 1)));
        }
        return events;
    }

    private VEvent event(PublicOpportunity o, String lang, PublicOpportunity.Meeting meeting, String suffix) {
        VEvent event = new VEvent();
        event.setUid("opportunity-" + o.id() + suffix + "@mesta");
        event.setSummary(o.texts(lang).title());
        event.setDescription(o.texts(lang).summary() + "\n\n" + baseUrl + "/opportunities/" + o.id());
        event.setDateStart(Date.from(meeting.startsAt()));
        if (meeting.endsAt() != null) {
            event.setDateEnd(Date.from(meeting.endsAt()));
        }
        String where = String.join(", ", java.util.stream.Stream.of(o.venue(), o.address(), o.onlineUrl())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!where.isEmpty()) {
            event.setLocation(where);
        }
        if (o.location() != null) {
            event.setGeo(new biweekly.property.Geo(o.location().latitude(), o.location().longitude()));
        }
        event.setUrl(baseUrl + "/opportunities/" + o.id());
        event.setSequence(o.revision());
        return event;
    }

    static BoundingBox parseBox(String bbox) {
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
            return new BoundingBox(Math.max(-90, minLat), Math.max(-180, minLon), Math.min(90, maxLat), Math.min(180, maxLon));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bbox is minLon,minLat,maxLon,maxLat");
        }
    }
}
