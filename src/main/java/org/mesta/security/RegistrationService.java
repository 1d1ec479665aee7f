package org.mesta.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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
    private final ConsentAges consentAges;
    private final AccountLinks links;
    private final Clock clock;

    static final int MIN_AGE = 6;
    static final int MAX_AGE = 120;

    RegistrationService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            CityService cities,
            ConsentAges consentAges,
            AccountLinks links,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.cities = cities;
        this.consentAges = consentAges;
        this.links = links;
        this.clock = clock;
    }

    /** The age of digital consent in the city's country (0 when the city is unknown: the form asks nothing yet). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int consentAge(Long cityId) {
        return cityId == null
                ? 0
                : cities.findCity(cityId)
                        .map(c -> consentAges.forCountry(c.getCountry()))
                        .orElse(0);
    }

    /** Anonymous on purpose: registering is what someone without an account does. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Account register(@Valid RegistrationDraft draft) {
        AccountService.checkPassword(draft.password());
        LocalDate today = LocalDate.now(clock);
        int age = Period.between(draft.birthDate(), today).getYears();
        if (draft.birthDate().isAfter(today) || age < MIN_AGE || age > MAX_AGE) {
            throw new UserError("register.error.birth-date");
        }
        String email = Account.normalise(draft.email());
        if (accounts.existsByEmail(email)) {
            throw new UserError("register.error.email-taken");
        }
        var city = cities.findCity(draft.cityId()).orElseThrow(() -> new UserError("error.not-found"));
        int consentAge = consentAges.forCountry(city.getCountry());
        boolean needsGuardian = age < consentAge;
        String guardian = draft.guardianEmail() == null || draft.guardianEmail().isBlank()
                ? null
                : Account.normalise(draft.guardianEmail());
        if (needsGuardian && guardian == null) {
            throw new UserError("register.error.guardian-email");
        }
        if (needsGuardian && guardian.equals(email)) {
            throw new UserError("register.error.guardian-same");
        }
        Instant now = clock.instant();
        Account account = new Account(
                email,
                draft.displayName(),
                encoder.encode(draft.password()),
                draft.cityId(),
                AccountService.supportedLanguage(draft.language()),
                now);
        account.learnerDetails(
                draft.birthDate(),
                needsGuardian ? guardian : null,
                needsGuardian ? draft.birthDate().plusYears(consentAge) : null,
                now);
        account.grant(Role.LEARNER);
        account = accounts.save(account);
        links.sendConfirmation(account);
        if (needsGuardian) links.sendGuardianRequest(account);
        return account;
    }
}
