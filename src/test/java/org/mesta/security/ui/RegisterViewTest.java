package org.mesta.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;

class RegisterViewTest extends ViewTest {

    RegisterView view;

    @BeforeEach
    void open() {
        english();
        view = navigate(RegisterView.class);
    }

    private void fill(String email, int age) {
        test(view.name).setValue("Maja");
        test(view.email).setValue(email);
        test(view.password).setValue("correct horse battery");
        test(view.repeat).setValue("correct horse battery");
        test(view.city).selectItem("Ljubljana");
        test(view.birthYear).setValue(Year.now().getValue() - age);
        test(view.privacyAccepted).click();
    }

    @Test
    void a_learner_registers_and_is_sent_to_sign_in() {
        fill("maja.view@example.org", 17);
        test(view.create).click();
        assertThat(notifications()).contains("Your account is ready. Sign in to start.");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void under_sixteen_sees_and_needs_the_guardian_consent() {
        assertThat(view.guardianConsent.isVisible()).isFalse();
        fill("young.view@example.org", 13);
        assertThat(view.guardianConsent.isVisible()).isTrue();
        test(view.create).click();
        assertThat(view.guardianConsent.isInvalid()).isTrue();
        assertThat(getCurrentView()).isSameAs(view);
        test(view.guardianConsent).click();
        test(view.create).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void bad_input_is_flagged_next_to_each_field_and_nothing_is_lost() {
        test(view.email).setValue("not an email");
        test(view.password).setValue("short");
        test(view.repeat).setValue("other");
        test(view.create).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("10");
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.privacyAccepted.isInvalid()).isTrue();
        assertThat(view.email.getValue()).isEqualTo("not an email");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void a_taken_email_is_reported_in_the_person_s_language() {
        slovenian();
        view = navigate(RegisterView.class);
        fill("LEARNER@mesta.example", 20);
        test(view.create).click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("Račun s tem e-poštnim naslovom že obstaja"));
    }

    @Test
    void a_slovenian_reader_sees_the_messages_in_slovenian_next_to_the_fields() {
        slovenian();
        view = navigate(RegisterView.class);
        test(view.email).setValue("ni e-pošta");
        test(view.create).click();
        assertThat(view.name.getErrorMessage())
                .isEqualTo(view.getTranslation("error.required"))
                .doesNotStartWith("!")
                .isNotEqualTo("Please fill this in.");
        assertThat(view.email.getErrorMessage())
                .isEqualTo(view.getTranslation("error.email"))
                .startsWith("Vpišite");
        assertThat(view.privacyAccepted.isInvalid()).isTrue();
        assertThat(getCurrentView()).isSameAs(view);
    }
}
