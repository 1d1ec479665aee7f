package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import org.mesta.base.ui.Notifications;
import org.mesta.security.GuardianConsentService;
import org.mesta.security.GuardianConsentService.State;

/**
 * The page a guardian's consent link opens (no account needed: the mailed link is the proof): what Mesta keeps
 * and what the young person may do, "I agree", and later, from the same link, "Withdraw consent".
 */
@Route("consent")
@AnonymousAllowed
public class ConsentView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final GuardianConsentService consent;
    final H2 title = new H2();
    final Paragraph intro = new Paragraph();
    final Paragraph state = new Paragraph();
    final Button agree = new Button();
    final Button withdraw = new Button();
    private String token = "";

    ConsentView(GuardianConsentService consent) {
        this.consent = consent;
        addClassNames("mesta-narrow", "mesta-consent", LumoUtility.Padding.LARGE);
        state.setId("consent-state");
        state.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        agree.setText(getTranslation("rights.consent.agree"));
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        agree.setId("consent-agree");
        agree.addClickListener(e -> {
            if (Notifications.attempt(() -> consent.agree(token))) {
                Notifications.success(getTranslation("rights.consent.done-agree"));
                fill();
            }
        });
        withdraw.setText(getTranslation("rights.consent.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setId("consent-withdraw");
        withdraw.addClickListener(e -> {
            if (Notifications.attempt(() -> consent.withdraw(token))) {
                Notifications.success(getTranslation("rights.consent.done-withdraw"));
                fill();
            }
        });
        Anchor privacy = new Anchor("privacy", getTranslation("rights.register.privacy-link"));
        add(
                title,
                intro,
                new H3(getTranslation("rights.consent.keeps-title")),
                list("rights.consent.keeps", 4),
                new H3(getTranslation("rights.consent.may-title")),
                list("rights.consent.may", 3),
                new H3(getTranslation("rights.consent.rights-title")),
                list("rights.consent.rights", 3),
                state,
                agree,
                withdraw,
                new Paragraph(privacy));
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        if (consent.request(token).isEmpty()) throw new NotFoundException();
        fill();
    }

    private void fill() {
        GuardianConsentService.ConsentRequest r = consent.request(token).orElseThrow(NotFoundException::new);
        title.setText(getTranslation("rights.consent.title", r.learnerName()));
        intro.setText(getTranslation("rights.consent.intro", r.learnerName()));
        state.setText(getTranslation("rights.consent.state." + r.state().name().toLowerCase(Locale.ROOT)));
        agree.setVisible(r.state() == State.WAITING);
        withdraw.setVisible(r.state() == State.AGREED);
    }

    private UnorderedList list(String prefix, int count) {
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= count; i++) list.add(new ListItem(getTranslation(prefix + "." + i)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rights.consent.page-title");
    }
}
