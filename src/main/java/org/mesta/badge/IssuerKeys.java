package org.mesta.badge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

/**
 * Each issuing organisation's Ed25519 key, made on first use. Private keys are stored encrypted with
 * AES-256-GCM under a key derived from {@code mesta.badge.key-secret}; without one configured, a random
 * secret is created once in the data directory (kept out of the repository, readable only by its owner).
 */
@Component
class IssuerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IssuerKeyRepository keys;
    private final Clock clock;
    private final byte[] secret;

    IssuerKeys(IssuerKeyRepository keys, Clock clock, @Value("${mesta.badge.key-secret:}") String configured,
               @Value("${mesta.data-dir}") String dataDir) {
        this.keys = keys;
        this.clock = clock;
        this.secret = Bytes.sha256((configured.isBlank() ? secretFile(Path.of(dataDir)) : configured).getBytes(StandardCharsets.UTF_8));
    }

    /** The organisation's signing key and its did:key verification method. */
    record Signer(PrivateKey key, String did, String verificationMethod) {
    }

    Signer signer(long organisationId) {
        IssuerKey stored = keys.findById(organisationId).orElseGet(() -> keys.save(create(organisationId)));
        String did = "did:key:" + stored.getPublicKey();
        return new Signer(decrypt(stored.getPrivateKey()), did, did + "#" + stored.getPublicKey());
    }

    private IssuerKey create(long organisationId) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new IssuerKey(organisationId, DataIntegrity.multibase(pair.getPublic()),
                    encrypt(pair.getPrivate().getEncoded()), clock.instant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String encrypt(byte[] plain) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = c.doFinal(plain);
        byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
        System.arraycopy(sealed, 0, out, iv.length, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    private PrivateKey decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, all, 0, 12));
            byte[] pkcs8 = c.doFinal(all, 12, all.length - 12);
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the issuer key: is mesta.badge.key-secret the one it was made with?", e);
        }
    }

    private static String secretFile(Path dir) {
        Path file = dir.resolve("badge-key.secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                Files.writeString(file, Base64.getEncoder().encodeToString(random));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                LOG.warn("No mesta.badge.key-secret configured: made one in {}. Keep it with the database backups.", file);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
