package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** bcrypt reads 72 bytes: longer passwords are refused by the service, counted in UTF-8 bytes, not letters. */
@SpringBootTest
@ActiveProfiles("test")
class PasswordLengthTest {

    static final String TOO_LONG = "ž".repeat(37);

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService passwordResets;

    @Autowired
    RegistrationService registration;

    @Autowired
    UserDetailsService users;

    @Autowired
    CityService cities;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void registration_refuses_a_password_of_more_than_72_bytes() {
        assertThat(TOO_LONG.length()).isLessThan(72);
        assertThatThrownBy(() -> registration.register(new RegistrationDraft(
                        "Long Pass",
                        "long.pass@example.org",
                        TOO_LONG,
                        cityId(),
                        "en",
                        LocalDate.now().minusYears(20),
                        null,
                        true)))
                .isInstanceOf(UserError.class)
                .hasMessage("password.error.too-long");
    }

    @Test
    void changing_to_a_password_of_more_than_72_bytes_is_refused_and_the_old_one_stays() {
        SignedIn.as(users, SignedIn.MODERATOR);
        assertThatThrownBy(() -> accounts.changePassword(SignedIn.DEMO_PASSWORD, TOO_LONG))
                .isInstanceOf(UserError.class)
                .hasMessage("password.error.too-long");
        assertThat(AccountService.passwordTooLong("ž".repeat(36))).isFalse();
    }

    @Test
    void a_reset_with_a_password_of_more_than_72_bytes_is_refused_before_the_token_is_looked_at() {
        assertThatThrownBy(() -> passwordResets.resetPassword("any-token", TOO_LONG))
                .isInstanceOf(UserError.class)
                .hasMessage("password.error.too-long");
    }

    private long cityId() {
        return cities.allCities(Locale.ENGLISH).getFirst().getId();
    }
}
