package org.mesta.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/** A mailed one-time link about an account; only the token's SHA-256 is kept (see {@link Tokens}). */
@Entity
@Table(name = "account_token")
class AccountToken extends AbstractEntity {

    enum Kind {
        /** Confirms the address given at registration. */
        CONFIRM_EMAIL,
        /** Confirms a new address; the account changes to it only then. */
        CHANGE_EMAIL,
        /** A guardian's consent (and later its withdrawal). */
        GUARDIAN
    }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String tokenHash;
    private @Nullable String newEmail;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected AccountToken() {}

    AccountToken(
            Account account, Kind kind, String tokenHash, @Nullable String newEmail, Instant now, Instant expiresAt) {
        this.account = account;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }

    boolean used() {
        return usedAt != null;
    }

    Account getAccount() {
        return account;
    }

    Kind getKind() {
        return kind;
    }

    @Nullable String getNewEmail() {
        return newEmail;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
