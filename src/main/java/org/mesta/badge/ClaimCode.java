package org.mesta.badge;

import jakarta.persistence.Entity;
import java.security.SecureRandom;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/** A code (and its QR code) learners redeem for a badge, within a window and up to a number of uses. */
@Entity
public class ClaimCode extends AbstractEntity {

    /** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Long badgeId;
    private String code;
    private Instant validFrom;
    private Instant validUntil;
    private int maxUses;
    private int uses;
    private Long createdBy;
    private Instant createdAt;

    protected ClaimCode() {}

    ClaimCode(long badgeId, Instant validFrom, Instant validUntil, int maxUses, long createdBy, Instant now) {
        this.badgeId = badgeId;
        this.code = newCode();
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.maxUses = maxUses;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    static String newCode() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) s.append('-');
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Why it cannot be redeemed now (a translation key), or null. */
    @Nullable String refusal(Instant now) {
        if (now.isBefore(validFrom)) return "claim.error.not-yet";
        if (!now.isBefore(validUntil)) return "claim.error.expired";
        if (uses >= maxUses) return "claim.error.used-up";
        return null;
    }

    void use() {
        uses++;
    }

    public Long getBadgeId() {
        return badgeId;
    }

    public String getCode() {
        return code;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public int getMaxUses() {
        return maxUses;
    }

    public int getUses() {
        return uses;
    }
}
