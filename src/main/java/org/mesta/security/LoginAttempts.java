package org.mesta.security;

import java.time.Clock;
import java.time.Instant;
import org.mesta.base.MestaUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account in the database (so every app node sees them) and resets the count
 * on success. The pause itself is enforced by {@link MestaUser#isAccountNonLocked()}.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String email) {
            // An update of the row, not read-modify-write of an entity: parallel failures would overwrite
            // each other's count. The row stays locked until commit, so the count read next is this one's.
            String normalised = Account.normalise(email);
            if (accounts.countFailedLogin(normalised) == 0) return;
            int failures = accounts.failedLogins(normalised).orElse(0);
            Instant until = Account.pauseAfter(failures, clock.instant());
            if (until != null) accounts.pauseUntil(normalised, until);
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MestaUser user) {
            accounts.findById(user.accountId()).ifPresent(Account::loginSucceeded);
        }
    }
}
