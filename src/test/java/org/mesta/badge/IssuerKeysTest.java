package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mesta.SignedIn;
import org.mesta.city.CityService;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signing keys at rest: sealed under a key of their own derived from the PBKDF2-stretched secret; keys sealed the
 * two earlier ways still open and are sealed anew; a production installation on MySQL will not start without the shared secret.
 */
@SpringBootTest
@ActiveProfiles("test")
class IssuerKeysTest {

    @Autowired
    IssuerKeys keys;

    @Autowired
    IssuerKeyRepository rows;

    @Autowired
    BadgeKeySecret secret;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @Test
    void keys_are_sealed_under_a_derived_key_with_a_salt_of_their_own() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String publicKey = DataIntegrity.multibase(pair.getPublic());
        String one = keys.seal(pair.getPrivate().getEncoded(), publicKey);
        String two = keys.seal(pair.getPrivate().getEncoded(), publicKey);
        assertThat(one).startsWith("hkdf-pbkdf2-sha256$" + IssuerKeys.ITERATIONS + "$");
        assertThat(one.split("\\$")[2]).as("a salt per sealing").isNotEqualTo(two.split("\\$")[2]);
        assertThat(keys.open(new IssuerKey(1, publicKey, one, Instant.now())).getEncoded())
                .isEqualTo(pair.getPrivate().getEncoded());
        // Bound to its public key: moved to another organisation's row it does not open.
        String otherPublic = DataIntegrity.multibase(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        assertThatThrownBy(() -> keys.open(new IssuerKey(1, otherPublic, one, Instant.now())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_sealed_the_old_way_still_signs_and_is_sealed_anew() throws Exception {
        long organisation = SignedIn.as(
                users,
                SignedIn.NETWORK_ADMIN,
                () -> cities.allCities(Locale.ENGLISH).stream()
                        .flatMap(c -> cities.organisationsOfCity(c.getId()).stream())
                        .map(o -> o.getId())
                        .filter(id -> !rows.existsById(id))
                        .findFirst()
                        .orElseThrow());
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String publicKey = DataIntegrity.multibase(pair.getPublic());
        rows.save(new IssuerKey(
                organisation, publicKey, oldFormat(pair.getPrivate().getEncoded(), secret.value()), Instant.now()));

        IssuerKeys.Signer signer = keys.signer(organisation);
        assertThat(signer.did()).isEqualTo("did:key:" + publicKey);
        byte[] signature = signer.key().sign(new byte[] {1, 2, 3});
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(pair.getPublic());
        s.update(new byte[] {1, 2, 3});
        assertThat(s.verify(signature)).isTrue();
        assertThat(rows.findById(organisation).orElseThrow().getPrivateKey()).startsWith("hkdf-pbkdf2-sha256$");

        // At start-up, every row still in the old format is sealed anew.
        rows.save(new IssuerKey(
                organisation, publicKey, oldFormat(pair.getPrivate().getEncoded(), secret.value()), Instant.now()));
        keys.resealOldKeys();
        IssuerKey resealed = rows.findById(organisation).orElseThrow();
        assertThat(resealed.getPrivateKey()).startsWith("hkdf-pbkdf2-sha256$");
        assertThat(keys.open(resealed).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());

        // The second format (PBKDF2 with each key's own salt) opens too and is sealed anew at start-up.
        rows.save(new IssuerKey(
                organisation,
                publicKey,
                perKeyFormat(pair.getPrivate().getEncoded(), publicKey, secret.value()),
                Instant.now()));
        assertThat(keys.open(rows.findById(organisation).orElseThrow()).getEncoded())
                .isEqualTo(pair.getPrivate().getEncoded());
        keys.resealOldKeys();
        assertThat(rows.findById(organisation).orElseThrow().getPrivateKey()).startsWith("hkdf-pbkdf2-sha256$");
    }

    /** How the second version sealed keys: AES-GCM under PBKDF2 of the secret with the key's own salt. */
    static String perKeyFormat(byte[] pkcs8, String publicKey, String secret) throws Exception {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(salt);
        new SecureRandom().nextBytes(iv);
        int iterations = 1000;
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(secret.toCharArray(), salt, iterations, 256))
                .getEncoded();
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD(publicKey.getBytes(StandardCharsets.US_ASCII));
        byte[] sealed = c.doFinal(pkcs8);
        byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
        System.arraycopy(sealed, 0, out, iv.length, sealed.length);
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
    }

    /** How the first version sealed keys: AES-GCM under SHA-256 of the secret, no salt. */
    static String oldFormat(byte[] pkcs8, String secret) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Bytes.sha256(secret.getBytes(StandardCharsets.UTF_8)), "AES"),
                new GCMParameterSpec(128, iv));
        byte[] sealed = c.doFinal(pkcs8);
        byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
        System.arraycopy(sealed, 0, out, iv.length, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    @Test
    void production_on_mysql_refuses_to_start_without_the_shared_secret(@TempDir Path dir) {
        MockEnvironment production = new MockEnvironment()
                .withProperty("mesta.demo-data", "false")
                .withProperty("mesta.data-dir", dir.toString());
        production.setActiveProfiles("mysql");
        assertThatThrownBy(() -> new BadgeKeySecret(production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MESTA_BADGE_KEY_SECRET")
                .hasMessageContaining("every app node");
        assertThat(dir.resolve("badge-key.secret")).doesNotExist();
        // Spring Boot reports it as what to do, not as a stack trace.
        var failure = new BeanCreationException("badgeKeySecret", "failed", new BadgeKeySecret.Missing());
        var analysis = new MissingKeySecretAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("MESTA_BADGE_KEY_SECRET is not set");
        assertThat(analysis.getAction()).contains("same value on all of them");

        production.setProperty("mesta.badge.key-secret", "shared by every node");
        assertThat(new BadgeKeySecret(production).value()).isEqualTo("shared by every node");
    }

    @Test
    void on_one_machine_a_secret_file_is_made_once(@TempDir Path dir) throws Exception {
        MockEnvironment h2 = new MockEnvironment()
                .withProperty("mesta.demo-data", "false")
                .withProperty("mesta.data-dir", dir.toString());
        String made = new BadgeKeySecret(h2).value();
        assertThat(made)
                .isNotBlank()
                .isEqualTo(Files.readString(dir.resolve("badge-key.secret")).strip());
        assertThat(new BadgeKeySecret(h2).value()).as("kept, not made again").isEqualTo(made);

        MockEnvironment mysqlDemo = new MockEnvironment()
                .withProperty("mesta.demo-data", "true")
                .withProperty("mesta.data-dir", dir.toString());
        mysqlDemo.setActiveProfiles("test", "mysql");
        assertThat(new BadgeKeySecret(mysqlDemo).value())
                .as("tests and demos on MySQL")
                .isEqualTo(made);
    }
}
