package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.MestaUser;
import org.mesta.base.ui.Notifications;
import org.mesta.security.AccountService;
import org.mesta.security.Invitation;

/** Opened from an invitation email: a newcomer chooses a name and password, a known person signs in first. */
@Route("invitation")
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button accept = new Button();

    InvitationView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("invitation.title")));
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        Invitation invitation = accounts.findOpenInvitation(token).orElse(null);
        if (invitation == null) {
            add(new Paragraph(getTranslation(accounts.invitationCancelled(token) ? "invitation.error.cancelled"
                    : "invitation.error.invalid-link")));
            return;
        }
        add(new Paragraph(getTranslation("invitation.intro", invitation.getEmail(),
                getTranslation(invitation.getRole().translationKey()))));
        accept.setText(getTranslation("invitation.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (accounts.invitationNeedsSignIn(token)) {
            boolean signedIn = MestaUser.current().map(u -> u.email().equals(invitation.getEmail())).orElse(false);
            if (!signedIn) {
                add(new Paragraph(getTranslation("invitation.error.sign-in-first")), new Anchor("login",
                        getTranslation("layout.login")));
                return;
            }
            accept.addClickListener(e -> done(() -> accounts.acceptInvitation(token, null, null)));
            add(accept);
            return;
        }
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(120);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.helper", AccountService.MIN_PASSWORD));
        repeat.setLabel(getTranslation("register.repeat"));
        accept.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("error.required"));
                name.setInvalid(true);
                return;
            }
            if (PasswordRules.check(password, repeat)) {
                done(() -> accounts.acceptInvitation(token, name.getValue(), password.getValue()));
            }
        });
        add(name, password, repeat, accept);
    }

    private void done(Runnable action) {
        if (Notifications.attempt(action)) {
            if (MestaUser.current().isPresent()) {
                // The service gave this session the new role: reloading rebuilds the menu with it.
                Notifications.success(getTranslation("invitation.done-signed-in"));
                getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            } else {
                Notifications.success(getTranslation("invitation.done"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
