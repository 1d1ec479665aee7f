package org.mesta.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.TooManyAttempts;

@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    final LoginI18n i18n;

    LoginView() {
        addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Padding.LARGE);
        login.setAction("login");
        i18n = i18n();
        login.setI18n(i18n);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        Anchor register = new Anchor("register", getTranslation("login.register-link"));
        register.setId("register-link");
        add(login, new Paragraph(register));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (MestaUser.current().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        Optional<String> wait = parameters.getSingleParameter("limited");
        if (wait.isPresent()) {
            // Sent back by the sign-in rate limit: say how long to wait (the number is only shown, never trusted).
            var tooMany = TooManyAttempts.after(Duration.ofSeconds(seconds(wait.get())));
            error.setTitle(getTranslation("limits.too-many.title"));
            error.setMessage(getTranslation(tooMany.key(), tooMany.params()));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        login.setI18n(i18n);
        login.setError(wait.isPresent() || parameters.getParameters().containsKey("error"));
    }

    private static long seconds(String text) {
        try {
            return Math.max(1, Math.min(Long.parseLong(text), 24 * 3600));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
