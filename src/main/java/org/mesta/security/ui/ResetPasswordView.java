package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.ui.Notifications;
import org.mesta.security.AccountService;
import org.mesta.security.PasswordResetService;

/** Opened from the emailed link: chooses a new password. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private String token;

    ResetPasswordView(PasswordResetService resets) {
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("password.helper", AccountService.MIN_PASSWORD));
        password.setWidthFull();
        repeat.setLabel(getTranslation("reset.repeat"));
        repeat.setWidthFull();
        save.setText(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!PasswordRules.check(password, repeat)) {
                return;
            }
            if (Notifications.attempt(() -> resets.resetPassword(token, password.getValue()))) {
                Notifications.success(getTranslation("reset.done"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            }
        });
        add(new H2(getTranslation("reset.title")), password, repeat, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
