package org.mesta.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;

/** bcrypt uses 72 bytes: a longer password is explained next to the field, not silently cut. */
class PasswordLengthViewTest extends ViewTest {

    /** 37 letters, but 74 bytes in UTF-8. */
    static final String TOO_LONG = "ž".repeat(37);

    @BeforeEach
    void inEnglish() {
        english();
    }

    @Test
    void registration_says_by_the_password_field_that_it_is_too_long() {
        RegisterView view = navigate(RegisterView.class);
        test(view.password).setValue(TOO_LONG);
        test(view.repeat).setValue(TOO_LONG);
        test(view.create).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage())
                .startsWith("This password is too long")
                .contains("72");
    }

    @Test
    void reset_says_by_the_password_field_that_it_is_too_long() {
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", "any"));
        ResetPasswordView view = (ResetPasswordView) getCurrentView();
        test(view.password).setValue(TOO_LONG);
        test(view.repeat).setValue(TOO_LONG);
        test(view.save).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("This password is too long");
    }
}
