package org.mesta.wallet;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/**
 * A badge earned elsewhere, as its holder brought it: the credential or assertion exactly as received (and the
 * baked image), what it claims, and the verdict of the last check. The claims are shown beside the verdict and
 * never as more than the verdict allows.
 */
@Entity
public class ImportedBadge extends AbstractEntity {

    /** How the badge was brought. */
    public enum Format {
        PNG,
        SVG,
        OB3_JSON,
        OB2_JSON,
        OB2_URL
    }

    /** What the check found, as the wallet says it; never friendlier than the verification behind it. */
    public enum Verdict {
        /** One of Mesta's own, genuine and standing. */
        VERIFIED,
        /** An Open Badges 3.0 credential, intact and signed by the issuer it names: a key Mesta does not know. */
        UNKNOWN_SIGNER,
        /** An Open Badges 2.0 assertion the issuer's website confirms: a website Mesta does not know. */
        UNKNOWN_HOST,
        REVOKED,
        EXPIRED,
        TAMPERED,
        NOT_VERIFIABLE;

        public String translationKey() {
            return "wallet.import.verdict." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Format format;

    private String credentialKey;
    private @Nullable String sourceUrl;
    private String received;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] image;

    private @Nullable String imageType;
    private String badgeName;
    private String issuerName;
    private @Nullable Instant issuedOn;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private @Nullable String verdictDetail;
    private Instant verifiedAt;
    private Instant importedAt;

    protected ImportedBadge() {}

    ImportedBadge(
            long accountId,
            Format format,
            String credentialKey,
            @Nullable String sourceUrl,
            String received,
            byte @Nullable [] image,
            @Nullable String imageType,
            Claims claims,
            Instant now) {
        this.accountId = accountId;
        this.format = format;
        this.credentialKey = credentialKey;
        this.sourceUrl = sourceUrl;
        this.received = received;
        this.image = image;
        this.imageType = imageType;
        this.badgeName = claims.badgeName();
        this.issuerName = claims.issuerName();
        this.issuedOn = claims.issuedOn();
        this.importedAt = now;
        this.verdict = Verdict.NOT_VERIFIABLE;
        this.verifiedAt = now;
    }

    /** The last check's outcome replaces the one before (the holder sees the date it was made). */
    void checked(Verdict verdict, @Nullable String detail, Instant now) {
        this.verdict = verdict;
        this.verdictDetail = detail;
        this.verifiedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Format getFormat() {
        return format;
    }

    public String getCredentialKey() {
        return credentialKey;
    }

    public @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    public String getReceived() {
        return received;
    }

    public byte @Nullable [] getImage() {
        return image;
    }

    public @Nullable String getImageType() {
        return imageType;
    }

    public String getBadgeName() {
        return badgeName;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public @Nullable Instant getIssuedOn() {
        return issuedOn;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public @Nullable String getVerdictDetail() {
        return verdictDetail;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
