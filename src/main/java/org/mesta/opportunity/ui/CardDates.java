package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.mesta.opportunity.Card;

/**
 * When an opportunity in a list is: its start, or for one that started before now (running, weekly) "on now,
 * until …" rather than a first date in the past. One wording for the city page's cards and the learner's week.
 */
public final class CardDates {

    private CardDates() {}

    public static String when(Component in, Card card, Locale locale, ZoneId zone) {
        if (card.startsAt() == null) {
            return in.getTranslation("opportunity.ongoing");
        }
        if (!card.onNow(Instant.now())) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(zone)
                    .format(card.startsAt());
        }
        return card.endsAt() == null
                ? in.getTranslation("opportunity.on-now")
                : in.getTranslation(
                        "opportunity.on-now-until",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(locale)
                                .withZone(zone)
                                .format(card.endsAt()));
    }
}
