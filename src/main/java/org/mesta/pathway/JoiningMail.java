package org.mesta.pathway;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.mesta.base.Mailer;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails of joining, in each participant's language: a place freed for them, the reminder the day before, and
 * the organiser's message. Off the deciding thread and kept in the event registry until sent.
 */
@Component
class JoiningMail {

    private final Mailer mailer;
    private final TranslationProvider translations;
    private final PublicOpportunities opportunities;
    private final CityService cities;
    private final String baseUrl;

    JoiningMail(
            Mailer mailer,
            TranslationProvider translations,
            PublicOpportunities opportunities,
            CityService cities,
            @Value("${mesta.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.translations = translations;
        this.opportunities = opportunities;
        this.cities = cities;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void promoted(JoiningEvents.PromotedFromWaitingList e) {
        send(e.email(), e.language(), "joining.mail.promoted", e.opportunityId(), e.sessionStart(), e.title(), "");
    }

    @ApplicationModuleListener
    void reminder(JoiningEvents.ReminderDue e) {
        send(e.email(), e.language(), "joining.mail.reminder", e.opportunityId(), e.sessionStart(), e.title(), "");
    }

    @ApplicationModuleListener
    void message(JoiningEvents.ParticipantsMessaged e) {
        for (JoiningEvents.Recipient r : e.recipients()) {
            send(
                    r.email(),
                    r.language(),
                    "joining.mail.message",
                    e.opportunityId(),
                    e.sessionStart(),
                    e.title(),
                    e.message());
        }
    }

    private void send(
            String to, String language, String key, long opportunityId, Instant start, String title, String message) {
        Locale locale = TranslationProvider.locale(language);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone(opportunityId))
                .format(start);
        String link = baseUrl + "/opportunities/" + opportunityId;
        mailer.send(
                to,
                translations.getTranslation(key + ".subject", locale, title),
                translations.getTranslation(key + ".body", locale, title, when, link, message));
    }

    private ZoneId zone(long opportunityId) {
        return opportunities
                .findPublic(opportunityId)
                .flatMap(o -> cities.findCity(o.cityId()))
                .map(c -> ZoneId.of(c.getTimeZone()))
                .orElse(ZoneId.of("UTC"));
    }
}
