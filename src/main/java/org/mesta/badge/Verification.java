package org.mesta.badge;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the verification page found: the badge's standing, whose it is and what it says.
 *
 * @param issuerName     the organisation, from Mesta's own record: only for Mesta's genuine awards
 * @param recipientMatch whether the e-mail given matches the recipient's hash; null when none was given
 * @param signerDid      for {@link Status#UNKNOWN_ISSUER}: the did the credential was signed with
 */
public record Verification(
        Status status,
        String version,
        String issuerName,
        String badgeName,
        Instant issuedOn,
        Instant expiresOn,
        Boolean recipientMatch,
        String revocationReason,
        String signerDid,
        List<Endorsed> endorsements) {

    public Verification {
        endorsements = List.copyOf(endorsements);
    }

    public Verification(
            Status status,
            String version,
            String issuerName,
            String badgeName,
            Instant issuedOn,
            Instant expiresOn,
            Boolean recipientMatch,
            String revocationReason,
            String signerDid) {
        this(
                status,
                version,
                issuerName,
                badgeName,
                issuedOn,
                expiresOn,
                recipientMatch,
                revocationReason,
                signerDid,
                List.of());
    }

    /**
     * An endorsement of the badge, as far as it was proven: only a {@link Standing#VERIFIED} one names its endorser
     * and comment (from Mesta's record of a genuine endorsement signed by the endorser's key).
     */
    public record Endorsed(Standing standing, String endorser, String comment, Instant issuedOn) {

        public enum Standing {
            VERIFIED,
            /** Genuine, but the endorser withdrew it (its bit is set in their status list). */
            WITHDRAWN,
            /** Its proof, its signer or its claim could not be checked against a Mesta organisation's endorsement. */
            NOT_VERIFIED
        }

        static Endorsed unverified() {
            return new Endorsed(Standing.NOT_VERIFIED, "", "", Instant.EPOCH);
        }
    }

    Verification withEndorsements(List<Endorsed> found) {
        return new Verification(
                status,
                version,
                issuerName,
                badgeName,
                issuedOn,
                expiresOn,
                recipientMatch,
                revocationReason,
                signerDid,
                found);
    }

    public enum Status {
        VALID,
        REVOKED,
        EXPIRED,
        TAMPERED,
        NOT_A_BADGE,
        NOT_VERIFIABLE,
        /** Larger or costlier to check than one check may be (size cap, canonicalisation time budget). */
        TOO_COMPLEX,
        /** Signed and intact, but by a key no organisation on Mesta holds: Mesta cannot say who issued it. */
        UNKNOWN_ISSUER;

        public String translationKey() {
            return "verify.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    static Verification of(Status status) {
        return new Verification(status, null, null, null, null, null, null, null, null);
    }
}
