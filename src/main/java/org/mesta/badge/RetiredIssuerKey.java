package org.mesta.badge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A public key an organisation signed with before its key was rotated: its old credentials still verify. */
@Entity
class RetiredIssuerKey {

    @Id
    private String publicKey;

    private Long organisationId;
    private Instant createdAt;
    private Instant retiredAt;

    protected RetiredIssuerKey() {}

    RetiredIssuerKey(IssuerKey replaced, Instant now) {
        this.publicKey = replaced.getPublicKey();
        this.organisationId = replaced.getOrganisationId();
        this.createdAt = replaced.getCreatedAt();
        this.retiredAt = now;
    }

    String getPublicKey() {
        return publicKey;
    }
}
