package org.mesta.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.LEARNER;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.workspace.LearnerWorkspaceView;

/** Sign-in, forgotten password, reset and invitation screens. */
class AuthViewsTest extends ViewTest {

    @Test
    void login_form_is_translated_and_shows_the_uniform_error_after_a_failed_attempt() {
        english();
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("Email");
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("pauses for a few minutes");
        slovenian();
        navigate(RegisterView.class);
        view = navigate(LoginView.class);
        assertThat(view.login.isError()).isFalse();
        assertThat(view.i18n.getForm().getPassword()).isEqualTo("Geslo");
    }

    @Test
    void signed_in_people_opening_login_go_to_their_workspace() {
        login(LEARNER);
        navigate("login", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LearnerWorkspaceView.class);
    }

    @Test
    void forgot_password_confirms_without_telling_whether_the_address_exists() {
        english();
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.send).click();
        assertThat(view.email.isInvalid()).isTrue();
        test(view.email).setValue("nobody@example.org");
        test(view.send).click();
        assertThat(view.confirmation.getText()).startsWith("If an account exists for nobody@example.org");
    }

    @Test
    void reset_with_an_unknown_link_explains_what_to_do() {
        english();
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", "unknown"));
        ResetPasswordView view = (ResetPasswordView) getCurrentView();
        test(view.password).setValue("short");
        test(view.save).click();
        assertThat(view.password.isInvalid()).isTrue();
        test(view.password).setValue("a long new password");
        test(view.repeat).setValue("a long new password");
        test(view.save).click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("This link has expired or has already been used"));
    }

    @Test
    void an_unknown_invitation_link_says_it_expired() {
        english();
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", "nope"));
        InvitationView view = (InvitationView) getCurrentView();
        assertThat(text(view)).contains("This invitation has expired or has already been used");
    }
}
