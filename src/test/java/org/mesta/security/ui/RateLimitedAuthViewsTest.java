package org.mesta.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.RateLimits;
import org.mesta.base.RateLimitsTestAccess;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in, registration and forgotten password say "too many attempts, try again in …" next to the form. */
class RateLimitedAuthViewsTest extends ViewTest {

    @Autowired
    RateLimits limits;

    @Autowired
    CityService cities;

    @BeforeEach
    @AfterEach
    void forget() {
        RateLimitsTestAccess.forgetAll(limits);
    }

    @Test
    void the_sign_in_page_says_how_long_to_wait_after_the_limit_sent_someone_back() {
        english();
        UI.getCurrent().navigate("login", QueryParameters.of("limited", "95"));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Too many attempts");
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("Too many attempts \u2014 try again in 2 minutes.");
        slovenian();
        UI.getCurrent().navigate("login", QueryParameters.of("limited", "40"));
        view = (LoginView) getCurrentView();
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("Preveč poskusov \u2014 poskusi znova čez 40 sekund.");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        view = (LoginView) getCurrentView();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo(view.getTranslation("login.error.title"));
    }

    @Test
    void the_fourth_registration_for_one_email_within_the_hour_is_refused_on_the_email_field() {
        english();
        RegisterView view = navigate(RegisterView.class);
        test(view.name).setValue("Someone Again");
        // A taken address: each attempt reaches the service and stays on the page.
        test(view.email).setValue("learner@mesta.example");
        test(view.password).setValue("long enough pw");
        test(view.repeat).setValue("long enough pw");
        view.city.setValue(cities.findCityBySlug("ljubljana").orElseThrow());
        view.birthDate.setValue(LocalDate.now().minusYears(20));
        view.privacyAccepted.setValue(true);
        for (int i = 0; i < RateLimits.Action.REGISTER.perAccount(); i++) {
            test(view.create).click();
            assertThat(view.email.isInvalid()).isFalse();
        }
        test(view.create).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).matches("Too many attempts \u2014 try again in \\d+ minutes?\\.");
    }

    @Test
    void the_fourth_reset_request_for_one_address_is_refused_in_slovenian_and_no_confirmation_is_shown() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sl"));
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue("flooded@example.org");
        for (int i = 0; i < RateLimits.Action.FORGOT_PASSWORD.perAccount(); i++) {
            test(view.send).click();
            assertThat(view.confirmation.isVisible()).isTrue();
        }
        test(view.send).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("Preveč poskusov \u2014 poskusi znova čez ");
        assertThat(view.confirmation.isVisible()).isFalse();
    }
}
