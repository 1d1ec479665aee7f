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
    /** Base64 of IV + AES-GCM ciphertext of the PKCS#8 private key. */
    private String privateKey;
    private Instant createdAt;

    protected IssuerKey() {
    }

    IssuerKey(long organisationId, String publicKey, String privateKey, Instant now) {
        this.organisationId = organisationId;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = now;
    }

    String getPublicKey() {
        return publicKey;
    }

    String getPrivateKey() {
        return privateKey;
    }
}
