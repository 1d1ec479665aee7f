package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bouncy Castle's Ed25519 signs exactly as the JDK's did: same bytes, verifiable with the JDK. */
class SigningKeyTest {

    private static final HexFormat HEX = HexFormat.of();
    private final SecureRandom random = new SecureRandom();

    @Test
    void signatures_are_the_bytes_the_jdk_makes() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        for (int k = 0; k < 20; k++) {
            KeyPair pair = generator.generateKeyPair();
            SigningKey key = SigningKey.of(pair.getPrivate());
            // 64 bytes is what a Data Integrity proof signs (two SHA-256 hashes).
            for (int length : new int[] {0, 1, 32, 64, 1000}) {
                byte[] message = new byte[length];
                random.nextBytes(message);
                byte[] ours = key.sign(message);
                assertThat(ours).hasSize(64).isEqualTo(jdkSignature(pair.getPrivate(), message));
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(pair.getPublic());
                verifier.update(message);
                assertThat(verifier.verify(ours)).isTrue();
            }
            byte[] spki = pair.getPublic().getEncoded();
            assertThat(key.publicKey()).isEqualTo(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        }
    }

    @Test
    void signs_rfc_8032_test_vector_1() throws Exception {
        PrivateKey jdk = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(
                        NamedParameterSpec.ED25519,
                        HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")));
        SigningKey key = SigningKey.of(jdk);
        assertThat(HEX.formatHex(key.publicKey()))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(HEX.formatHex(key.sign(new byte[0])))
                .isEqualTo(
                        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void one_key_signs_from_many_threads_at_once() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SigningKey key = SigningKey.of(pair.getPrivate());
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            byte[] m = new byte[64];
            random.nextBytes(m);
            messages.add(m);
        }
        List<Future<byte[]>> signed = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (byte[] m : messages) signed.add(pool.submit(() -> key.sign(m)));
            for (int i = 0; i < messages.size(); i++) {
                assertThat(signed.get(i).get()).isEqualTo(jdkSignature(pair.getPrivate(), messages.get(i)));
            }
        }
    }

    @Test
    void shows_nothing_of_the_key() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SigningKey key = SigningKey.of(pair.getPrivate());
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        byte[] raw = Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        assertThat(key.toString())
                .isEqualTo("SigningKey[Ed25519]")
                .doesNotContain(HEX.formatHex(raw))
                .doesNotContain(Base64.getEncoder().encodeToString(raw));
        assertThat(new IssuerKeys.Signer(key, "did:key:z6Mk", "did:key:z6Mk#z6Mk").toString())
                .contains("SigningKey[Ed25519]")
                .doesNotContain(HEX.formatHex(raw));
    }

    @Test
    void refuses_a_key_that_is_not_ed25519() throws Exception {
        PrivateKey ec = KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate();
        assertThatThrownBy(() -> SigningKey.of(ec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an Ed25519 key");
    }

    private static byte[] jdkSignature(PrivateKey key, byte[] message) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key);
        s.update(message);
        return s.sign();
    }
}
