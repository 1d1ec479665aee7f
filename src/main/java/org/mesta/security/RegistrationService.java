package org.mesta.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A young person creates their own learner account. */
@Service
@Validated
public class RegistrationService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CityService cities;
    private final Clock clock;

    RegistrationService(AccountRepository accounts, PasswordEncoder encoder, CityService cities, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.cities = cities;
        this.clock = clock;
    }

    /** Anonymous on purpose: registering is what someone without an account does. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Account register(@Valid RegistrationDraft draft) {
        AccountService.checkPassword(draft.password());
        int age = Year.now(clock).getValue() - draft.birthYear();
        if (age < 6 || age > 120) {
            throw new UserError("register.error.birth-year");
        }
        if (age < AccountService.CONSENT_AGE && !draft.guardianConsent()) {
            throw new UserError("register.error.guardian-consent");
        }
        String email = Account.normalise(draft.email());
        if (accounts.existsByEmail(email)) {
            throw new UserError("register.error.email-taken");
        }
        cities.findCity(draft.cityId()).orElseThrow(() -> new UserError("error.not-found"));
        Instant now = clock.instant();
        Account account = new Account(
                email,
                draft.displayName(),
                encoder.encode(draft.password()),
                draft.cityId(),
                AccountService.supportedLanguage(draft.language()),
                now);
        account.learnerDetails(draft.birthYear(), age < AccountService.CONSENT_AGE && draft.guardianConsent(), now);
        account.grant(Role.LEARNER);
        return accounts.save(account);
    }
}
