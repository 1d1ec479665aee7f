package org.mesta.badge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.BitSet;

/** An organisation's revocation list as published: the signed BitstringStatusListCredential, kept until a bit changes. */
@Entity
class StatusList {

    @Id
    private Long organisationId;

    @Version
    private long version;

    private String credential;
    private Instant signedAt;
    /** The bits already given to awards (BitSet bytes), so that none is given twice. */
    private byte[] allocated;

    protected StatusList() {}

    BitSet allocated() {
        return allocated == null ? new BitSet() : BitSet.valueOf(allocated);
    }

    void allocate(BitSet taken) {
        this.allocated = taken.toByteArray();
    }

    void resign(String signedCredential, Instant now) {
        this.credential = signedCredential;
        this.signedAt = now;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getCredential() {
        return credential;
    }

    Instant getSignedAt() {
        return signedAt;
    }
}
