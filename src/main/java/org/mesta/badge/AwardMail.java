package org.mesta.badge;

import org.mesta.base.Mailer;
import org.mesta.base.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Locale;

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

    /** Off the issuing thread: a list of thousands is not held up by the mail server. */
    @org.springframework.scheduling.annotation.Async
    @TransactionalEventListener
    void awarded(AwardService.BadgeAwarded event) {
        Locale locale = Locale.forLanguageTag(event.language());
        mailer.send(event.email(), translations.getTranslation("mail.award.subject", locale, event.badgeName()),
                translations.getTranslation("mail.award.body", locale, event.badgeName(),
                        baseUrl + "/awards/" + event.publicId()));
    }
}
