package org.mesta.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
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
        view.birthDate.setValue(LocalDate.now().minusYears(age).minusDays(1));
        test(view.privacyAccepted).click();
    }

    @Test
    void a_learner_registers_and_is_sent_to_sign_in() {
        fill("maja.view@example.org", 17);
        test(view.create).click();
        assertThat(notifications())
                .contains("Your account is ready. We sent you an e-mail: confirm your address so badges sent to it"
                        + " reach you. Sign in to start.");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void under_the_consent_age_of_the_city_s_country_gives_a_guardian_s_address_instead_of_ticking_a_box() {
        assertThat(view.guardianEmail.isVisible()).isFalse();
        fill("young.view@example.org", 14);
        // Ljubljana: Slovenia's age of digital consent is 15.
        assertThat(view.guardianEmail.isVisible()).isTrue();
        assertThat(view.guardianEmail.getHelperText()).contains("15");
        test(view.create).click();
        assertThat(view.guardianEmail.isInvalid()).isTrue();
        assertThat(getCurrentView()).isSameAs(view);
        test(view.guardianEmail).setValue("parent.view@example.org");
        test(view.create).click();
        assertThat(notifications()).anyMatch(n -> n.contains("your parent or guardian an e-mail asking them to agree"));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_same_age_needs_no_guardian_in_a_country_where_consent_comes_earlier() {
        fill("lt.view@example.org", 14);
        test(view.city).selectItem("Vilnius");
        assertThat(view.guardianEmail.isVisible()).isFalse();
        assertThat(view.birthDate.getMax()).isEqualTo(LocalDate.now().minusYears(6));
    }

    @Test
    void the_registration_links_the_privacy_notice() {
        assertThat($(Anchor.class).id("privacy-link").getHref()).isEqualTo("privacy");
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
                .startsWith("Vpiši");
        assertThat(view.privacyAccepted.isInvalid()).isTrue();
        assertThat(getCurrentView()).isSameAs(view);
    }
}
