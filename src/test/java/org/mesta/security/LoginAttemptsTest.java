package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;

/** The sign-in pause and lock count every failure, also when they arrive all at once. */
@SpringBootTest
@ActiveProfiles("test")
class LoginAttemptsTest {

    @Autowired
    RegistrationService registration;

    @Autowired
    CityService cities;

    @Autowired
    AccountRepository repository;

    AuthenticationManager authenticationManager;

    @Autowired
    void authentication(AuthenticationConfiguration config) throws Exception {
        authenticationManager = config.getAuthenticationManager();
    }

    @Test
    void twenty_parallel_wrong_passwords_are_all_counted_and_the_lock_follows_the_rules() throws Exception {
        long city = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        registration.register(new RegistrationDraft(
                "Parallel Guess",
                "parallel.guess@example.org",
                "the right password",
                city,
                "en",
                LocalDate.now().minusYears(20),
                null,
                true));
        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "Parallel.Guess@example.org", "wrong guess"));
                        return Object.class;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
            int wrongPasswords = 0;
            for (Future<Class<?>> r : results) {
                Class<?> outcome = r.get();
                // Refused either for the wrong password or, once the pause is in force, before it was checked.
                assertThat(outcome).isIn(BadCredentialsException.class, LockedException.class);
                if (outcome == BadCredentialsException.class) wrongPasswords++;
            }
            Account account =
                    repository.findByEmail("parallel.guess@example.org").orElseThrow();
            assertThat(account.getFailedLogins()).isEqualTo(wrongPasswords);
            assertThat(wrongPasswords).isGreaterThan(Account.FREE_ATTEMPTS);
            assertThat(account.getLockedUntil()).isAfter(Instant.now());
            if (wrongPasswords >= Account.LOCK_AFTER) {
                assertThat(account.getLockedUntil())
                        .isAfter(Instant.now().plus(Account.LOCK_DURATION).minusSeconds(60));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
