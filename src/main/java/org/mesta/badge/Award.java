package org.mesta.badge;

import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.mesta.base.AbstractEntity;

/**
 * One badge awarded to one person. The e-mail is private; everything public (Open Badges assertions and
 * credentials) names the recipient only by {@code sha256$hex(email + salt)}.
 */
@Entity
public class Award extends AbstractEntity {

    private String publicId;
    private Long badgeId;
    private Long organisationId;
    private String recipientEmail;
    private Long recipientAccountId;
    private String salt;
    private String recipientHash;
    private String language;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private String revocationReason;
    private Long issuedBy;
    private Long claimCodeId;
    /** The signed Open Badges 3.0 credential (JSON), made when the award is issued. */
    private String credential;
    /** What the badge was given for, when not for an application (e.g. a campaign's outcomes): its evidence. */
    private String evidenceNarrative;
    /** Its bit in the organisation's revocation status list; null for awards issued before there were lists. */
    private Integer statusIndex;

    private Instant recipientErasedAt;

    protected Award() {}

    Award(
            Badge badge,
            String email,
            Long accountId,
            String language,
            Long issuedBy,
            Long claimCodeId,
            String salt,
            Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.badgeId = badge.getId();
        this.organisationId = badge.getOrganisationId();
        this.recipientEmail = normalise(email);
        this.recipientAccountId = accountId;
        this.salt = salt;
        this.recipientHash = hash(this.recipientEmail, salt);
        this.language = language;
        this.issuedAt = now;
        this.expiresAt = badge.getExpiryMonths() == null
                ? null
                : now.atZone(ZoneOffset.UTC).plusMonths(badge.getExpiryMonths()).toInstant();
        this.issuedBy = issuedBy;
        this.claimCodeId = claimCodeId;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The Open Badges recipient identity: "sha256$" + hex(SHA-256(email + salt)). */
    public static String hash(String email, String salt) {
        return "sha256$" + Bytes.sha256Hex(normalise(email) + salt);
    }

    /**
     * The recipient deleted their account: nothing identifying stays (the salted hash does, since the signed
     * credential contains it), and the hosted assertion answers 410 Gone. The row stays for the organisation's count.
     */
    void eraseRecipient(Instant now) {
        recipientEmail = "";
        recipientAccountId = null;
        evidenceNarrative = null;
        recipientErasedAt = now;
    }

    public boolean isRecipientErased() {
        return recipientErasedAt != null;
    }

    void revoke(String reason, Instant now) {
        this.revokedAt = now;
        this.revocationReason = reason;
    }

    void evidence(String narrative) {
        this.evidenceNarrative = narrative;
    }

    public String getEvidenceNarrative() {
        return evidenceNarrative;
    }

    void listAt(int index) {
        this.statusIndex = index;
    }

    public Integer getStatusIndex() {
        return statusIndex;
    }

    void sign(String credentialJson) {
        this.credential = credentialJson;
    }

    /** How the award stands now, as a translation key: valid, revoked or expired. */
    public String stateKey(Instant now) {
        return revokedAt != null ? "award.state.revoked" : expired(now) ? "award.state.expired" : "award.state.valid";
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public String getPublicId() {
        return publicId;
    }

    public Long getBadgeId() {
        return badgeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    Long getIssuedBy() {
        return issuedBy;
    }

    Long getClaimCodeId() {
        return claimCodeId;
    }

    public Long getRecipientAccountId() {
        return recipientAccountId;
    }

    public String getSalt() {
        return salt;
    }

    public String getRecipientHash() {
        return recipientHash;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getCredential() {
        return credential;
    }
}
