package org.mesta.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.mesta.base.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The account's share of My data (profile, roles, memberships, consent records), and its erasure. */
@Component
class AccountData implements PersonalData {

    record Profile(
            String email,
            String displayName,
            @Nullable Long cityId,
            String language,
            @Nullable LocalDate birthDate,
            @Nullable Integer birthYear,
            Set<Role> roles,
            Instant createdAt,
            @Nullable Instant emailConfirmedAt,
            @Nullable Instant privacyAcceptedAt) {}

    record Consent(
            @Nullable String guardianEmail,
            @Nullable LocalDate neededUntil,
            @Nullable Instant agreedAt,
            @Nullable Instant withdrawnAt) {}

    record MembershipRow(long organisationId, String role) {}

    record Link(String kind, Instant createdAt, boolean used) {}

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final AccountTokenRepository tokens;

    AccountData(AccountRepository accounts, MembershipRepository memberships, AccountTokenRepository tokens) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.tokens = tokens;
    }

    @Override
    public String part() {
        return "account";
    }

    @Override
    public void export(long accountId, String email, Sink sink) {
        accounts.findById(accountId).ifPresent(a -> {
            sink.json(
                    "profile",
                    new Profile(
                            a.getEmail(),
                            a.getDisplayName(),
                            a.getCityId(),
                            a.getPreferredLanguage(),
                            a.getBirthDate(),
                            a.getBirthYear(),
                            a.getRoles(),
                            a.getCreatedAt(),
                            a.getEmailConfirmedAt(),
                            a.getPrivacyAcceptedAt()));
            sink.json(
                    "guardian-consent",
                    new Consent(
                            a.getGuardianEmail(),
                            a.getGuardianNeededUntil(),
                            a.getGuardianConsentAt(),
                            a.getGuardianWithdrawnAt()));
        });
        List<MembershipRow> rows = memberships.findByAccountId(accountId).stream()
                .map(m -> new MembershipRow(m.getOrganisationId(), m.getRole().name()))
                .toList();
        sink.json("memberships", rows);
        sink.json(
                "mailed-links",
                tokens.findByAccountId(accountId).stream()
                        .map(t -> new Link(t.getKind().name(), t.getCreatedAt(), t.used()))
                        .toList());
    }

    /** Memberships, links and password resets go with the row (ON DELETE CASCADE); said here so nobody wonders. */
    @EventListener
    void erase(AccountDeleted event) {
        tokens.deleteAll(tokens.findByAccountId(event.accountId()));
    }
}
