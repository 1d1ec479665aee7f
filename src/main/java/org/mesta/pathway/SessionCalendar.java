package org.mesta.pathway;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** "Add to calendar" for one session: a stateless iCalendar file (no Vaadin session), cacheable for a few minutes. */
@RestController
class SessionCalendar {

    private final PublicOpportunities opportunities;
    private final String baseUrl;

    SessionCalendar(PublicOpportunities opportunities, @Value("${mesta.base-url}") String baseUrl) {
        this.opportunities = opportunities;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/api/sessions/{id}/{start}.ics")
    ResponseEntity<String> session(
            @PathVariable long id, @PathVariable long start, @RequestParam(defaultValue = "en") String lang) {
        PublicOpportunity o =
                opportunities.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Instant at = Instant.ofEpochSecond(start);
        PublicOpportunity.Meeting m = o.meetings().stream()
                .filter(x -> at.equals(x.startsAt()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String language = lang.length() > 8 ? "en" : lang;
        VEvent event = new VEvent();
        event.setUid("mesta-session-" + id + "-" + start);
        event.setSummary(o.texts(language).title());
        event.setDescription(o.texts(language).summary());
        event.setDateStart(Date.from(m.startsAt()));
        if (m.endsAt() != null) event.setDateEnd(Date.from(m.endsAt()));
        String where =
                o.venue() == null ? o.address() : o.address() == null ? o.venue() : o.venue() + ", " + o.address();
        if (where != null) event.setLocation(where);
        event.setUrl(baseUrl + "/opportunities/" + id);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Mesta//Cities of Learning//EN");
        calendar.addEvent(event);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("Content-Disposition", "attachment; filename=\"session-" + id + "-" + start + ".ics\"")
                .body(Biweekly.write(calendar).go());
    }
}
