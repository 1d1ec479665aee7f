package org.mesta.pathway.ui;

import java.time.Instant;

/** The address of one session's calendar file (served by the stateless SessionCalendar endpoint). */
final class SessionCalendarLink {

    private SessionCalendarLink() {}

    static String path(long opportunityId, Instant start, String language) {
        return "/api/sessions/" + opportunityId + "/" + start.getEpochSecond() + ".ics?lang=" + language;
    }
}
