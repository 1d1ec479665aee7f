package org.mesta.opportunity;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Geo;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mesta.city.City;
import org.mesta.city.CityService;
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
    private final CityService cities;
    private final String baseUrl;

    /**
     * Each city feed written once per published version and language: the key holds the version, so a publication
     * makes a new entry rather than a stale answer, and ended events leave within ten minutes. (This saves the
     * writing; under 200 clients the feed is still slow for another reason, see docs/scaling.md.)
     */
    private final Cache<String, String> written = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    CalendarFeeds(PublicOpportunities opportunities, CityService cities, @Value("${mesta.base-url}") String baseUrl) {
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
    @Nullable ResponseEntity<String> cityFeed(
            @PathVariable String slug, @RequestParam(required = false) String lang, WebRequest request) {
        City city = cities.findCityBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PublicOpportunities.PublicVersion version = opportunities.publicVersion(city.getId());
        Instant last = version.lastModified();
        if (request.checkNotModified("\"" + version.tag() + "-" + lang + "\"", last.toEpochMilli())) {
            return null;
        }
        String language = lang == null ? city.getDefaultLanguage() : lang;
        String body = written.get(city.getId() + "/" + version.tag() + "/" + language, k -> {
            ICalendar calendar = new ICalendar();
            calendar.setProductId("-//Mesta//Cities of Learning//EN");
            opportunities
                    .currentForCity(city.getId())
                    .forEach(o -> events(o, language).forEach(calendar::addEvent));
            return Biweekly.write(calendar).go();
        });
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .lastModified(last)
                .eTag("\"" + version.tag() + "-" + lang + "\"")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(body);
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
