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
    private final AccountService service;

    AccountDetailsService(AccountRepository accounts, AccountService service) {
        this.accounts = accounts;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normalise(email)).map(service::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
