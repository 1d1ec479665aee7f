package org.mesta.opportunity;

import java.util.Locale;
import org.mesta.base.Mailer;
import org.mesta.base.SystemTask;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.opportunity.OpportunityEvents.OpportunityDecided;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the organisation (at its contact address) what the moderators decided, once the decision is stored. */
@Component
class DecisionMail {

    private final Mailer mailer;
    private final CityService cities;
    private final TranslationProvider translations;
    private final String baseUrl;

    DecisionMail(
            Mailer mailer,
            CityService cities,
            TranslationProvider translations,
            @Value("${mesta.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.cities = cities;
        this.translations = translations;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** After the decision is committed, off the moderator's thread, kept in the event publication registry until sent. */
    @ApplicationModuleListener
    void decided(OpportunityDecided event) {
        if (event.organisationId() == null) {
            return; // a campaign's public event: its team hears of it in the app
        }
        SystemTask.runUnlessSignedIn(() -> cities.findOrganisation(event.organisationId())
                .ifPresent(org -> {
                    Locale locale = TranslationProvider.locale(org.getCity().getDefaultLanguage());
                    String decision =
                            translations.getTranslation(event.decision().translationKey(), locale);
                    String reason = event.reason() == null ? "" : event.reason();
                    mailer.send(
                            org.getContactEmail(),
                            translations.getTranslation("mail.decision.subject", locale, event.title(), decision),
                            translations.getTranslation(
                                    "mail.decision.body",
                                    locale,
                                    org.getName(),
                                    event.title(),
                                    decision,
                                    reason,
                                    baseUrl + "/provider/opportunity/" + event.opportunityId()));
                }));
    }
}
