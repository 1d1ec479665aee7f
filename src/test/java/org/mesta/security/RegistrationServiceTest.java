package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import jakarta.validation.ConstraintViolationException;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** A young person registers as a learner (anonymous: there is no wrong role to refuse). */
class RegistrationServiceTest extends AccountTests {

    @Test
    void a_young_person_registers_as_learner_and_can_sign_in() {
        Account account = registration.register(learner("New.Learner@Example.org", 19, false));
        assertThat(account.getRoles()).containsExactly(Role.LEARNER);
        assertThat(account.getEmail()).isEqualTo("new.learner@example.org");
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("long enough pw");
        var auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("NEW.LEARNER@example.org", "long enough pw"));
        assertThat(((MestaUser) auth.getPrincipal()).roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void emails_are_unique_whatever_their_case() {
        registration.register(learner("twice@example.org", 20, false));
        assertThatThrownBy(() -> registration.register(learner("TWICE@example.org", 20, false)))
                .isInstanceOf(UserError.class)
                .hasMessage("register.error.email-taken");
    }

    @Test
    void under_sixteen_needs_guardian_consent() {
        assertThatThrownBy(() -> registration.register(learner("young@example.org", 14, false)))
                .isInstanceOf(UserError.class)
                .hasMessage("register.error.guardian-consent");
        assertThat(registration.register(learner("young@example.org", 14, true)).getBirthYear())
                .isEqualTo(Year.now().getValue() - 14);
    }

    @Test
    void privacy_notice_must_be_accepted() {
        RegistrationDraft draft = new RegistrationDraft(
                "X", "privacy@example.org", "long enough pw", ljubljana(), "en", 1990, false, false);
        assertThatThrownBy(() -> registration.register(draft)).isInstanceOf(ConstraintViolationException.class);
        assertThat(repository.existsByEmail("privacy@example.org")).isFalse();
    }
}
