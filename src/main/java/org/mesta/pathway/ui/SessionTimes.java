package org.mesta.pathway.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A session's time as people read it, in the city's time zone: "Tue, 12 May 2026, 17:00–19:00". */
final class SessionTimes {

    private SessionTimes() {}

    static String when(Instant start, @Nullable Instant end, ZoneId zone, Locale locale) {
        var day = DateTimeFormatter.ofPattern("EEE, ", locale).withZone(zone);
        var date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        String from = day.format(start) + date.format(start);
        if (end == null) return from;
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        boolean sameDay =
                start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return from + "\u2013" + (sameDay ? time.format(end) : date.format(end));
    }
}
