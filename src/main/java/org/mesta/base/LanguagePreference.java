package org.mesta.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Which language a person sees: their explicit choice (kept in the session, and on the account when signed
 * in), else the language saved on their account, else the browser's language when we have it, else English.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    private static final String SESSION_KEY = "mesta.locale";
    private final ApplicationEventPublisher events;

    LanguagePreference(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Published when a signed-in person chooses a language, so the account feature can remember it. */
    public record LanguageChosen(long accountId, String language) {}

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Locale locale = resolve(e.getUI());
            e.getUI().setLocale(locale);
            // Screen readers pronounce the page in the language it is written in (WCAG 3.1.1).
            e.getUI().getPage().executeJs("document.documentElement.lang = $0", TranslationProvider.tag(locale));
        });
        // The first HTML response says it too, for crawlers and link previews (the person's choice is not known yet).
        event.addIndexHtmlRequestListener(response -> {
            var user = MestaUser.current();
            Locale locale = user.isPresent() && user.get().language() != null
                    ? TranslationProvider.supported(
                            Locale.forLanguageTag(user.get().language()))
                    : TranslationProvider.supported(response.getVaadinRequest().getLocale());
            response.getDocument().select("html").attr("lang", TranslationProvider.tag(locale));
        });
    }

    public void choose(Locale locale) {
        Locale chosen = TranslationProvider.supported(locale);
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, chosen);
        VaadinSession.getCurrent().setLocale(chosen);
        MestaUser.current()
                .ifPresent(
                        u -> events.publishEvent(new LanguageChosen(u.accountId(), TranslationProvider.tag(chosen))));
    }

    private static Locale resolve(UI ui) {
        VaadinSession session = ui.getSession();
        Object chosen = session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        var user = MestaUser.current();
        if (user.isPresent() && user.get().language() != null) {
            return TranslationProvider.supported(
                    Locale.forLanguageTag(user.get().language()));
        }
        var request = VaadinService.getCurrentRequest();
        return TranslationProvider.supported(request != null ? request.getLocale() : ui.getLocale());
    }
}
