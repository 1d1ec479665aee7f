package org.mesta.security;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mesta.base.AbstractEntity;

@Entity
@Table(name = "password_reset")
class PasswordReset extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordReset() {}

    PasswordReset(Account account, String tokenHash, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Account getAccount() {
        return account;
    }
}
