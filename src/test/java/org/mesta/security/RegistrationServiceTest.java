package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** A young person registers as a learner (anonymous: there is no wrong role to refuse). */
class RegistrationServiceTest extends AccountTests {

    @Test
    void a_young_person_registers_as_learner_and_can_sign_in() {
        Account account = registration.register(learner("New.Learner@Example.org", 19, null));
        assertThat(account.getRoles()).containsExactly(Role.LEARNER);
        assertThat(account.getEmail()).isEqualTo("new.learner@example.org");
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("long enough pw");
        assertThat(account.isEmailConfirmed()).isFalse();
        assertThat(account.isLimited()).isFalse();
        var auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("NEW.LEARNER@example.org", "long enough pw"));
        assertThat(((MestaUser) auth.getPrincipal()).roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void emails_are_unique_whatever_their_case() {
        registration.register(learner("twice@example.org", 20, null));
        assertThatThrownBy(() -> registration.register(learner("TWICE@example.org", 20, null)))
                .isInstanceOf(UserError.class)
                .hasMessage("register.error.email-taken");
    }

    @Test
    void under_the_consent_age_needs_a_guardian_s_address_and_is_limited_until_they_agree() {
        assertThatThrownBy(() -> registration.register(learner("young@example.org", 14, null)))
                .isInstanceOf(UserError.class)
                .hasMessage("register.error.guardian-email");
        assertThatThrownBy(() -> registration.register(learner("young@example.org", 14, "YOUNG@example.org")))
                .isInstanceOf(UserError.class)
                .hasMessage("register.error.guardian-same");
        LocalDate born = LocalDate.now().minusYears(14).minusDays(1);
        Account young = registration.register(learner("young@example.org", born, ljubljana(), "Mum@example.org"));
        assertThat(young.getBirthDate()).isEqualTo(born);
        assertThat(young.getGuardianEmail()).isEqualTo("mum@example.org");
        // Slovenia's age of digital consent is 15: limited until the guardian agrees or the 15th birthday.
        assertThat(young.getGuardianNeededUntil()).isEqualTo(born.plusYears(15));
        assertThat(young.isLimited()).isTrue();
        assertThat(young.adultOn(LocalDate.now())).isFalse();
    }

    @Test
    void the_consent_age_follows_the_country_of_the_learner_s_city() {
        long vilnius = cities.findCityBySlug("vilnius").orElseThrow().getId();
        long rome = cities.findCityBySlug("rome").orElseThrow().getId();
        long zagreb = cities.findCityBySlug("zagreb").orElseThrow().getId();
        assertThat(registration.consentAge(ljubljana())).isEqualTo(15);
        assertThat(registration.consentAge(vilnius)).isEqualTo(14);
        assertThat(registration.consentAge(zagreb)).isEqualTo(16);
        // 14 and a day: old enough in Lithuania, not in Slovenia.
        LocalDate fourteen = LocalDate.now().minusYears(14).minusDays(1);
        assertThat(registration
                        .register(learner("lt.learner@example.org", fourteen, vilnius, null))
                        .isLimited())
                .isFalse();
        assertThatThrownBy(() -> registration.register(learner("si.learner@example.org", fourteen, ljubljana(), null)))
                .hasMessage("register.error.guardian-email");
        // 15 in Croatia (16) still needs a guardian; in Italy (14) not.
        LocalDate fifteen = LocalDate.now().minusYears(15).minusDays(1);
        assertThatThrownBy(() -> registration.register(learner("hr.learner@example.org", fifteen, zagreb, null)))
                .hasMessage("register.error.guardian-email");
        assertThat(registration
                        .register(learner("it.learner@example.org", fifteen, rome, null))
                        .getGuardianEmail())
                .isNull();
    }

    @Test
    void a_birth_date_in_the_future_or_under_six_is_refused() {
        assertThatThrownBy(() -> registration.register(
                        learner("future@example.org", LocalDate.now().plusDays(1), ljubljana(), "g@example.org")))
                .hasMessage("register.error.birth-date");
        assertThatThrownBy(() -> registration.register(learner("five@example.org", 5, "g@example.org")))
                .hasMessage("register.error.birth-date");
    }

    @Test
    void privacy_notice_must_be_accepted() {
        RegistrationDraft draft = new RegistrationDraft(
                "X", "privacy@example.org", "long enough pw", ljubljana(), "en", LocalDate.of(1990, 1, 1), null, false);
        assertThatThrownBy(() -> registration.register(draft)).isInstanceOf(ConstraintViolationException.class);
        assertThat(repository.existsByEmail("privacy@example.org")).isFalse();
    }
}
