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
import org.mesta.security.InvitationService;

/** Opened from an invitation email: a newcomer chooses a name and password, a known person signs in first. */
@Route("invitation")
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button accept = new Button();
    /** The invitation shown now, and whether accepting it needs a name and password (a newcomer). */
    private String token;

    private boolean newcomer;

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        // One listener for the view's lifetime: Vaadin reuses this instance when only the token changes.
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        name.setMaxLength(120);
    }

    private void accept() {
        String current = token;
        if (!newcomer) {
            done(() -> invitations.acceptInvitation(current, null, null));
            return;
        }
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("error.required"));
            name.setInvalid(true);
            return;
        }
        if (PasswordRules.check(password, repeat)) {
            done(() -> invitations.acceptInvitation(current, name.getValue(), password.getValue()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("invitation.title")));
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        name.clear();
        name.setInvalid(false);
        password.clear();
        repeat.clear();
        Invitation invitation = invitations.findOpenInvitation(token).orElse(null);
        if (invitation == null) {
            add(new Paragraph(getTranslation(
                    invitations.invitationCancelled(token)
                            ? "invitation.error.cancelled"
                            : "invitation.error.invalid-link")));
            return;
        }
        add(new Paragraph(getTranslation(
                "invitation.intro",
                invitation.getEmail(),
                getTranslation(invitation.getRole().translationKey()))));
        accept.setText(getTranslation("invitation.accept"));
        newcomer = !invitations.invitationNeedsSignIn(token);
        if (!newcomer) {
            boolean signedIn = MestaUser.current()
                    .map(u -> u.email().equals(invitation.getEmail()))
                    .orElse(false);
            if (!signedIn) {
                add(
                        new Paragraph(getTranslation("invitation.error.sign-in-first")),
                        new Anchor("login", getTranslation("layout.login")));
                return;
            }
            add(accept);
            return;
        }
        name.setLabel(getTranslation("register.name"));
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.helper", AccountService.MIN_PASSWORD));
        repeat.setLabel(getTranslation("register.repeat"));
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
