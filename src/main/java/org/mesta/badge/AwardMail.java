package org.mesta.badge;

import java.util.Locale;
import org.mesta.base.Mailer;
import org.mesta.base.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a recipient about their badge, in the badge's language, once the award is stored. */
@Component
class AwardMail {

    private final Mailer mailer;
    private final TranslationProvider translations;
    private final String baseUrl;

    AwardMail(Mailer mailer, TranslationProvider translations, @Value("${mesta.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.translations = translations;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Off the issuing thread: a list of thousands is not held up by the mail server. Kept in the event
     * publication registry until sent, so a mail server that is down delays the mail instead of losing it.
     */
    @ApplicationModuleListener
    void awarded(AwardService.BadgeAwarded event) {
        Locale locale = TranslationProvider.locale(event.language());
        mailer.send(
                event.email(),
                translations.getTranslation("mail.award.subject", locale, event.badgeName()),
                translations.getTranslation(
                        "mail.award.body", locale, event.badgeName(), baseUrl + "/awards/" + event.publicId()));
    }
}
