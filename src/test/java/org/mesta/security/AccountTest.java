package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void first_failures_do_not_pause_sign_in() {
        Account account = new Account("Ana@Example.org", "Ana", "{noop}x", null, "en", now);
        account.loginFailed(now);
        account.loginFailed(now);
        assertThat(account.lockedAt(now)).isFalse();
        assertThat(account.getEmail()).isEqualTo("ana@example.org");
    }

    @Test
    void from_the_third_failure_sign_in_pauses_longer_each_time_then_locks() {
        Account account = new Account("ana@example.org", "Ana", "{noop}x", null, "en", now);
        for (int i = 0; i < 3; i++) account.loginFailed(now);
        assertThat(account.lockedAt(now.plusSeconds(4))).isTrue();
        assertThat(account.lockedAt(now.plusSeconds(6))).isFalse();
        account.loginFailed(now);
        assertThat(account.lockedAt(now.plusSeconds(9))).isTrue();
        for (int i = 0; i < 6; i++) account.loginFailed(now);
        assertThat(account.getFailedLogins()).isEqualTo(Account.LOCK_AFTER);
        assertThat(account.lockedAt(now.plus(Account.LOCK_DURATION).minusSeconds(1)))
                .isTrue();
        assertThat(account.lockedAt(now.plus(Account.LOCK_DURATION).plusSeconds(1)))
                .isFalse();
    }

    @Test
    void success_and_password_change_clear_the_pause() {
        Account account = new Account("ana@example.org", "Ana", "{noop}x", null, "en", now);
        for (int i = 0; i < 5; i++) account.loginFailed(now);
        account.loginSucceeded();
        assertThat(account.lockedAt(now)).isFalse();
        for (int i = 0; i < 5; i++) account.loginFailed(now);
        account.changePassword("{noop}y");
        assertThat(account.lockedAt(now)).isFalse();
        assertThat(account.getFailedLogins()).isZero();
    }
}
