package org.mesta.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.RateLimits;
import org.mesta.base.TooManyAttempts;
import org.mesta.base.ui.ClientAddress;
import org.mesta.security.PasswordResetService;

/** Asks for an email address and sends a reset link; says the same whether or not the address is known. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph confirmation = new Paragraph();

    ForgotPasswordView(PasswordResetService resets, RateLimits limits) {
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        email.setLabel(getTranslation("login.email"));
        email.setMaxLength(255);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("error.email"));
        email.setWidthFull();
        send.setText(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        confirmation.setVisible(false);
        confirmation.setId("forgot-confirmation");
        send.addClickListener(e -> {
            email.setErrorMessage(getTranslation("error.email"));
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                email.focus();
                return;
            }
            try {
                // Per address and per address typed: nobody can flood someone's inbox with reset mails.
                limits.attempt(RateLimits.Action.FORGOT_PASSWORD, ClientAddress.current(), email.getValue());
            } catch (TooManyAttempts tooMany) {
                email.setErrorMessage(getTranslation(tooMany.key(), tooMany.params()));
                email.setInvalid(true);
                confirmation.setVisible(false);
                return;
            }
            resets.requestPasswordReset(email.getValue());
            confirmation.setText(getTranslation("forgot.sent", email.getValue()));
            confirmation.setVisible(true);
        });
        add(
                new H2(getTranslation("forgot.title")),
                new Paragraph(getTranslation("forgot.intro")),
                email,
                send,
                confirmation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
