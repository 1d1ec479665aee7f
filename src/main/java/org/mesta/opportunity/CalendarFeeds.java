package org.mesta.opportunity;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Geo;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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

/**
 * Stateless iCalendar endpoints (no Vaadin session): one opportunity, or a city's current ones. The city feed's
 * ETag and Last-Modified follow the latest publication, so an unchanged calendar costs a 304.
 */
@RestController
class CalendarFeeds {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final PublicOpportunities opportunities;
    private final KnownCities cities;
    private final String baseUrl;

    /**
     * Each city feed written once per published version and language: the key holds the version, so a publication
     * makes a new entry rather than a stale answer, and ended events leave within ten minutes. Kept as the bytes
     * sent, so a request costs no writing and no encoding.
     */
    private final Cache<String, byte[]> written = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    CalendarFeeds(PublicOpportunities opportunities, KnownCities cities, @Value("${mesta.base-url}") String baseUrl) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/api/opportunities/{id}.ics")
    ResponseEntity<String> oneEvent(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        PublicOpportunity o =
                opportunities.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Mesta//Cities of Learning//EN");
        events(o, lang).forEach(calendar::addEvent);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .lastModified(o.publishedAt())
                .header("Content-Disposition", "attachment; filename=\"opportunity-" + id + ".ics\"")
                .body(Biweekly.write(calendar).go());
    }

    @GetMapping("/api/cities/{slug}/opportunities.ics")
    @Nullable ResponseEntity<byte[]> cityFeed(
            @PathVariable String slug, @RequestParam(required = false) String lang, WebRequest request) {
        // Nothing here reads the database while the city and its published set are unchanged: the city is known
        // (KnownCities), the version comes from the in-memory index, and the text from the cache below.
        KnownCities.KnownCity city = cities.bySlug(slug);
        // Anonymous input is bounded before it keys a cache: a language we write, else the city's own.
        String language = lang != null && knownLanguage(lang)
                ? lang
                : OpportunityFeeds.knownLanguage(Objects.requireNonNullElse(city.firstLanguage(), ""));
        PublicOpportunities.PublicVersion version = opportunities.publicVersion(city.id());
        Instant last = version.lastModified();
        String etag = "\"" + version.tag() + "-" + language + "\"";
        if (request.checkNotModified(etag, last.toEpochMilli())) {
            return null;
        }
        byte[] body = written.get(city.id() + "/" + version.tag() + "/" + language, k -> {
            ICalendar calendar = new ICalendar();
            calendar.setProductId("-//Mesta//Cities of Learning//EN");
            opportunities
                    .currentForCity(city.id())
                    .forEach(o -> events(o, language).forEach(calendar::addEvent));
            return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
        });
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .lastModified(last)
                .eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(body);
    }

    private static boolean knownLanguage(String lang) {
        return OpportunityFeeds.knownLanguage(lang).equals(lang);
    }

    /** For tests: how many city feeds are written and kept. */
    long writtenFeeds() {
        written.cleanUp();
        return written.estimatedSize();
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
        String where = String.join(
                ", ",
                Stream.of(o.venue(), o.address(), o.onlineUrl())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        if (!where.isEmpty()) {
            event.setLocation(where);
        }
        if (o.location() != null) {
            event.setGeo(new Geo(o.location().latitude(), o.location().longitude()));
        }
        event.setUrl(baseUrl + "/opportunities/" + o.id());
        event.setSequence(o.revision());
        return event;
    }
}
