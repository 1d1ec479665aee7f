package org.mesta.security;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** What the account, registration and invitation tests share: the services, sign-in and a learner to register. */
@SpringBootTest
@ActiveProfiles("test")
abstract class AccountTests {

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitationService;

    @Autowired
    RegistrationService registration;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository repository;

    @Autowired
    InvitationRepository invitations;

    AuthenticationManager authenticationManager;

    @Autowired
    void authentication(AuthenticationConfiguration config) throws Exception {
        authenticationManager = config.getAuthenticationManager();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long ljubljana() {
        return cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    RegistrationDraft learner(String email, int age, @Nullable String guardianEmail) {
        return learner(email, LocalDate.now().minusYears(age).minusDays(1), ljubljana(), guardianEmail);
    }

    RegistrationDraft learner(String email, LocalDate born, long cityId, @Nullable String guardianEmail) {
        return new RegistrationDraft("Test Learner", email, "long enough pw", cityId, "sl", born, guardianEmail, true);
    }
}
