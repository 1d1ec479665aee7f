package org.mesta.badge;

import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 private key ready to sign many times, from any number of threads. The JDK's {@code Signature
 * ("Ed25519")} derives the public key from the private one on every signature (a scalar multiplication, as costly
 * as the signature itself); Bouncy Castle's key parameters derive it once, here, when the key is opened. Ed25519 is
 * deterministic, so the signatures are the same bytes the JDK makes. Nothing of the key is ever printed.
 */
final class SigningKey {

    private final Ed25519PrivateKeyParameters key;

    private SigningKey(Ed25519PrivateKeyParameters key) {
        this.key = key;
        // Derived now, once: each signature reuses it.
        key.generatePublicKey();
    }

    static SigningKey of(PrivateKey privateKey) {
        if (!(privateKey instanceof EdECPrivateKey ed)) throw new IllegalArgumentException("not an Ed25519 key");
        byte[] raw = ed.getBytes().orElseThrow(() -> new IllegalArgumentException("an Ed25519 key without bytes"));
        try {
            return new SigningKey(new Ed25519PrivateKeyParameters(raw, 0));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The Ed25519 signature (64 bytes) of the message. */
    byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    /** The public key's 32 bytes. */
    byte[] publicKey() {
        return key.generatePublicKey().getEncoded();
    }

    @Override
    public String toString() {
        return "SigningKey[Ed25519]";
    }
}
