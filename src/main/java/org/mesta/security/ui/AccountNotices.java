package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.mesta.base.ui.Notifications;
import org.mesta.security.Account;
import org.mesta.security.EmailConfirmationService;
import org.mesta.security.GuardianConsentService;

/**
 * Banners over a learner's workspace: "confirm your address" (awards made to it wait until then) and, under the
 * age of digital consent, why the account is limited until a guardian agrees. Each with "send again".
 */
public class AccountNotices extends Div {

    final Button resendConfirmation = new Button();
    final Button askGuardian = new Button();

    public AccountNotices(Account me, EmailConfirmationService confirmation, GuardianConsentService consent) {
        addClassName("mesta-account-notices");
        if (!me.isEmailConfirmed()) {
            resendConfirmation.setText(getTranslation("rights.banner.send-again"));
            resendConfirmation.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resendConfirmation.setId("resend-confirmation");
            resendConfirmation.addClickListener(e -> {
                if (Notifications.attempt(confirmation::resendConfirmation)) {
                    Notifications.success(getTranslation("rights.banner.sent", me.getEmail()));
                }
            });
            add(banner("confirm-banner", getTranslation("rights.banner.confirm", me.getEmail()), resendConfirmation));
        }
        if (me.isLimited()) {
            askGuardian.setText(getTranslation("rights.limited.ask-again"));
            askGuardian.addThemeVariants(ButtonVariant.LUMO_SMALL);
            askGuardian.setId("ask-guardian");
            askGuardian.addClickListener(e -> {
                if (Notifications.attempt(consent::askAgain)) {
                    Notifications.success(getTranslation("rights.limited.sent", me.getGuardianEmail()));
                }
            });
            String text = getTranslation(
                    me.getGuardianWithdrawnAt() != null ? "rights.limited.withdrawn" : "rights.limited.text",
                    me.getGuardianEmail());
            add(banner("limited-banner", text, askGuardian));
        }
        setVisible(getChildren().findAny().isPresent());
    }

    private static Div banner(String id, String text, Button action) {
        Div banner = new Div(new Paragraph(new Span(text)), action);
        banner.setId(id);
        banner.addClassName("mesta-rights-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
