package org.mesta.badge;

import java.nio.charset.StandardCharsets;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each issuing organisation's Ed25519 key, made on first use and replaceable (rotation keeps the old public
 * keys, so earlier credentials still verify). Private keys are sealed with AES-256-GCM; the public key is the
 * associated data, so a sealed key cannot be moved to another row.
 *
 * <p>The AES key of each sealed key is HMAC-SHA256 (an HKDF extract) of a random salt of its own under a master key,
 * and the master key is {@link BadgeKeySecret} stretched by PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} iterations):
 * a guessed secret still costs the full stretching, but the stretching runs once per process instead of once per
 * organisation (the demo network's first start spent ten CPU seconds in it). Keys sealed in the two earlier formats
 * (PBKDF2 per key; AES key = SHA-256 of the secret) still open and are sealed anew on use and at start-up.
 */
@Component
class IssuerKeys {

    /** "hkdf-pbkdf2-sha256$iterations$salt$iv+ciphertext" (Base64 parts). */
    static final String FORMAT = "hkdf-pbkdf2-sha256";

    /** The second format, "pbkdf2-sha256$iterations$salt$iv+ciphertext": PBKDF2 with the key's own salt. */
    static final String PER_KEY_PBKDF2 = "pbkdf2-sha256";

    /** PBKDF2's salt for the master key: the secret is the installation's own, so this only separates purposes. */
    private static final byte[] MASTER_SALT = "mesta/issuer-keys/master".getBytes(StandardCharsets.US_ASCII);

    static final int ITERATIONS = 600_000;
    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IssuerKeyRepository keys;
    private final RetiredIssuerKeyRepository retired;
    private final Clock clock;
    private final String secret;
    /** Master keys by iteration count, and second-format keys by salt: PBKDF2 is slow on purpose. */
    private final Map<String, byte[]> stretched = new ConcurrentHashMap<>();

    IssuerKeys(IssuerKeyRepository keys, RetiredIssuerKeyRepository retired, Clock clock, BadgeKeySecret secret) {
        this.keys = keys;
        this.retired = retired;
        this.clock = clock;
        this.secret = secret.value();
    }

    /**
     * The organisation's signing key (opened once for however many credentials it signs) and its did:key
     * verification method.
     */
    record Signer(SigningKey key, String did, String verificationMethod) {}

    Signer signer(long organisationId) {
        IssuerKey stored = keys.findById(organisationId).orElseGet(() -> keys.save(create(organisationId)));
        PrivateKey key = open(stored);
        if (!stored.getPrivateKey().startsWith(FORMAT + "$")) {
            stored.reseal(seal(key.getEncoded(), stored.getPublicKey()));
            keys.save(stored);
        }
        String did = "did:key:" + stored.getPublicKey();
        return new Signer(SigningKey.of(key), did, did + "#" + stored.getPublicKey());
    }

    /** Replaces the organisation's key pair; the old public key stays known as one of the organisation's. */
    String rotate(long organisationId) {
        KeyPair pair = generate();
        String publicKey = DataIntegrity.multibase(pair.getPublic());
        String sealed = seal(pair.getPrivate().getEncoded(), publicKey);
        IssuerKey current = keys.findById(organisationId).orElse(null);
        if (current == null) {
            keys.save(new IssuerKey(organisationId, publicKey, sealed, clock.instant()));
        } else {
            retired.save(new RetiredIssuerKey(current, clock.instant()));
            current.replace(publicKey, sealed, clock.instant());
            keys.save(current);
        }
        return "did:key:" + publicKey;
    }

    /** Whether the did:key is the organisation's current key or one it used before a rotation. */
    boolean isKeyOf(long organisationId, String did) {
        if (did == null || !did.startsWith("did:key:z")) return false;
        String publicKey = did.substring("did:key:".length());
        return keys.findById(organisationId)
                        .map(k -> k.getPublicKey().equals(publicKey))
                        .orElse(false)
                || retired.existsByPublicKeyAndOrganisationId(publicKey, organisationId);
    }

    /** Whether the did:key is, or was, any Mesta organisation's key. */
    boolean isMestaKey(String did) {
        if (did == null || !did.startsWith("did:key:z")) return false;
        String publicKey = did.substring("did:key:".length());
        return keys.existsByPublicKey(publicKey) || retired.existsById(publicKey);
    }

    /** Keys still sealed in the first format are sealed anew once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void resealOldKeys() {
        for (IssuerKey k : keys.findAll()) {
            if (!k.getPrivateKey().startsWith(FORMAT + "$")) {
                k.reseal(seal(open(k).getEncoded(), k.getPublicKey()));
                keys.save(k);
                LOG.info("Sealed the signing key of organisation {} in the {} format", k.getOrganisationId(), FORMAT);
            }
        }
    }

    private IssuerKey create(long organisationId) {
        KeyPair pair = generate();
        String publicKey = DataIntegrity.multibase(pair.getPublic());
        return new IssuerKey(
                organisationId, publicKey, seal(pair.getPrivate().getEncoded(), publicKey), clock.instant());
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String seal(byte[] pkcs8, String publicKey) {
        byte[] salt = random(16);
        byte[] iv = random(12);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keyFor(salt, ITERATIONS), new GCMParameterSpec(128, iv));
            c.updateAAD(publicKey.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = c.doFinal(pkcs8);
            byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            Base64.Encoder b64 = Base64.getEncoder();
            return FORMAT + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    PrivateKey open(IssuerKey stored) {
        String sealed = stored.getPrivateKey();
        try {
            byte[] pkcs8;
            if (sealed.startsWith(FORMAT + "$") || sealed.startsWith(PER_KEY_PBKDF2 + "$")) {
                String[] parts = sealed.split("\\$");
                byte[] all = Base64.getDecoder().decode(parts[3]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                int iterations = Integer.parseInt(parts[1]);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(
                        Cipher.DECRYPT_MODE,
                        sealed.startsWith(FORMAT + "$")
                                ? keyFor(salt, iterations)
                                : new SecretKeySpec(pbkdf2(salt, iterations), "AES"),
                        new GCMParameterSpec(128, all, 0, 12));
                c.updateAAD(stored.getPublicKey().getBytes(StandardCharsets.US_ASCII));
                pkcs8 = c.doFinal(all, 12, all.length - 12);
            } else {
                // The first format: AES key = SHA-256 of the secret, no salt, no associated data.
                byte[] all = Base64.getDecoder().decode(sealed);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(
                        Cipher.DECRYPT_MODE,
                        new SecretKeySpec(Bytes.sha256(secret.getBytes(StandardCharsets.UTF_8)), "AES"),
                        new GCMParameterSpec(128, all, 0, 12));
                pkcs8 = c.doFinal(all, 12, all.length - 12);
            }
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException(
                    "cannot open the issuer key: is mesta.badge.key-secret the one it was made with?", e);
        }
    }

    /** The AES key of one sealed key: HMAC-SHA256 of its salt under the (once) stretched master key. */
    private SecretKey keyFor(byte[] salt, int iterations) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pbkdf2(MASTER_SALT, iterations), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(salt), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] pbkdf2(byte[] salt, int iterations) {
        return stretched.computeIfAbsent(iterations + "$" + Base64.getEncoder().encodeToString(salt), k -> {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(spec)
                        .getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } finally {
                spec.clearPassword();
            }
        });
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
