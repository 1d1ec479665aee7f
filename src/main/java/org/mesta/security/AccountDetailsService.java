package org.mesta.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's form login. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountSessions sessions;

    AccountDetailsService(AccountRepository accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normalise(email))
                .map(sessions::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
