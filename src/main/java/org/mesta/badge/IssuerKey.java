package org.mesta.badge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An organisation's Ed25519 key pair: the public key as multibase, the private key encrypted at rest. */
@Entity
class IssuerKey {

    @Id
    private Long organisationId;
    /** "z6Mk…": base58btc multibase of the multicodec ed25519-pub key, as in did:key. */
    private String publicKey;
    /** The PKCS#8 private key sealed with AES-GCM (see {@link IssuerKeys} for the formats). */
    private String privateKey;

    private Instant createdAt;

    protected IssuerKey() {}

    IssuerKey(long organisationId, String publicKey, String privateKey, Instant now) {
        this.organisationId = organisationId;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = now;
    }

    /** A new key pair replaces this one (the caller keeps the old public key as a {@link RetiredIssuerKey}). */
    void replace(String publicKey, String privateKey, Instant now) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = now;
    }

    /** The same private key sealed anew (a stronger format); the key pair itself is unchanged. */
    void reseal(String privateKey) {
        this.privateKey = privateKey;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getPublicKey() {
        return publicKey;
    }

    String getPrivateKey() {
        return privateKey;
    }
}
