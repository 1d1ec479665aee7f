package org.mesta.badge;

import static org.mesta.badge.Jsons.JSON;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * W3C Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite: RDFC-1.0 canonical N-Quads of the proof
 * options and of the document, SHA-256 of each (options first), signed with Ed25519; the proofValue is
 * base58btc multibase. Keys are did:key (multicodec ed25519-pub). JSON-LD contexts come only from the bundle
 * in resources/badge/contexts: anything else is refused, never fetched.
 */
final class DataIntegrity {

    static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final Map<String, String> CONTEXTS = Map.of(
            CREDENTIALS_V2, "/badge/contexts/credentials-v2.json",
            OB_V3, "/badge/contexts/ob-context-3.0.3.json");
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final Map<String, JsonDocument> LOADED = new ConcurrentHashMap<>();
    /**
     * Checking someone else's document is bounded: its size before it is parsed, and the time that JSON-LD
     * expansion plus RDFC-1.0 may take (a few interlinked blank nodes make RDFC-1.0's N-degree hashing
     * factorial). Our own credentials take a few milliseconds.
     */
    static final int MAX_DOCUMENT_CHARS = 256 * 1024;

    static final Duration VERIFY_BUDGET = Duration.ofMillis(1500);

    private DataIntegrity() {}

    /** The bundled contexts only. */
    static final DocumentLoader LOADER = (url, options) -> {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "context not bundled: " + url);
        }
        return LOADED.computeIfAbsent(resource, r -> {
            try (InputStream in = DataIntegrity.class.getResourceAsStream(r)) {
                JsonDocument d = JsonDocument.of(in);
                d.setDocumentUrl(url);
                return d;
            } catch (Exception e) {
                throw new IllegalStateException("unreadable bundled context " + r, e);
            }
        });
    };

    /** The result of checking a document's proof. */
    record Check(boolean valid, String verificationMethod, String problem) {}

    static JsonObject parse(String json) {
        if (json.length() > MAX_DOCUMENT_CHARS) throw new IllegalArgumentException("document too large");
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Adds a proof (as a one-element array) to the document and returns the secured document. */
    static JsonObject sign(JsonObject document, PrivateKey key, String verificationMethod, Instant created) {
        return sign(document, SigningKey.of(key), verificationMethod, created, DataIntegrity::canonical);
    }

    /** As {@link #sign(JsonObject, PrivateKey, String, Instant)}, with a key opened for signing many times. */
    static JsonObject sign(JsonObject document, SigningKey key, String verificationMethod, Instant created) {
        return sign(document, key, verificationMethod, created, DataIntegrity::canonical);
    }

    /**
     * As {@link #sign(JsonObject, SigningKey, String, Instant)}, with the canonical form computed by {@code
     * canonical} (for many awards of one badge: {@link CanonicalTemplates}, which gives the same form faster).
     */
    static JsonObject sign(
            JsonObject document,
            SigningKey key,
            String verificationMethod,
            Instant created,
            Function<JsonObject, String> canonical) {
        JsonObject options = JSON.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", "eddsa-rdfc-2022")
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", "assertionMethod")
                .build();
        byte[] signature = key.sign(hashData(document, options, canonical));
        JsonObject proof = JSON.createObjectBuilder(options)
                .add("proofValue", Multibase.BASE_58_BTC.encode(signature))
                .build();
        return JSON.createObjectBuilder(document)
                .add("proof", JSON.createArrayBuilder().add(proof))
                .build();
    }

    /** Checks the (first) eddsa-rdfc-2022 proof against the did:key it names. */
    static Check verify(JsonObject secured) {
        JsonValue proofs = secured.get("proof");
        JsonObject proof = proofs instanceof JsonArray a && !a.isEmpty()
                ? a.getJsonObject(0)
                : proofs instanceof JsonObject o ? o : null;
        if (proof == null) return new Check(false, null, "no-proof");
        if (secured.toString().length() > MAX_DOCUMENT_CHARS) return new Check(false, null, "too-complex");
        if (!"DataIntegrityProof".equals(proof.getString("type", ""))
                || !"eddsa-rdfc-2022".equals(proof.getString("cryptosuite", ""))) {
            return new Check(false, null, "unsupported-proof");
        }
        String method = proof.getString("verificationMethod", "");
        try {
            PublicKey key = publicKey(method);
            JsonObjectBuilder options = JSON.createObjectBuilder(proof);
            options.remove("proofValue");
            JsonObjectBuilder unsecured = JSON.createObjectBuilder(secured);
            unsecured.remove("proof");
            Instant deadline = Instant.now().plus(VERIFY_BUDGET);
            byte[] hash = hashData(unsecured.build(), options.build(), d -> canonical(d, deadline));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(hash);
            boolean ok = s.verify(Multibase.BASE_58_BTC.decode(proof.getString("proofValue", "")));
            return new Check(ok, method, ok ? null : "signature");
        } catch (TooComplex e) {
            return new Check(false, method, "too-complex");
        } catch (IllegalArgumentException e) {
            return new Check(false, method, "unsupported-key");
        } catch (RuntimeException | GeneralSecurityException e) {
            return new Check(false, method, "unreadable");
        }
    }

    /**
     * SHA-256 of the canonical proof options (with the document's @context), then of the canonical document.
     */
    private static byte[] hashData(JsonObject document, JsonObject options, Function<JsonObject, String> canonical) {
        JsonObject optionsWithContext = JSON.createObjectBuilder(options)
                .add("@context", document.get("@context"))
                .build();
        byte[] optionsHash = Bytes.sha256(canonical.apply(optionsWithContext).getBytes(StandardCharsets.UTF_8));
        byte[] documentHash = Bytes.sha256(canonical.apply(document).getBytes(StandardCharsets.UTF_8));
        byte[] both = Arrays.copyOf(optionsHash, 64);
        System.arraycopy(documentHash, 0, both, 32, 32);
        return both;
    }

    /** RDFC-1.0 canonical N-Quads of a JSON-LD document. */
    static String canonical(JsonObject document) {
        return canonical(document, null);
    }

    /**
     * RDFC-1.0 canonical N-Quads, stopped at the deadline (when one is given): titanium-json-ld's own timeout
     * bounds the expansion, and titanium-rdfc's ticker, called inside its hashing loops, ends the canonicalisation
     * by throwing on the thread doing the work (an interrupt would not stop a CPU loop).
     */
    static String canonical(JsonObject document, Instant deadline) {
        try {
            RdfCanon canon = RdfCanon.create(
                    "SHA-256",
                    deadline == null
                            ? RdfCanonTicker.EMPTY
                            : () -> {
                                if (Instant.now().isAfter(deadline)) throw new TooComplex();
                            });
            JsonLdOptions options = new JsonLdOptions();
            if (deadline != null) options.setTimeout(remaining(deadline));
            JsonLd.toRdf(JsonDocument.of(document))
                    .options(options)
                    .loader(LOADER)
                    .provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooComplex
                        || t instanceof JsonLdError j && j.getCode() == JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED) {
                    throw new TooComplex();
                }
            }
            if (e instanceof JsonLdError) {
                throw new IllegalArgumentException("not a JSON-LD document we can read: " + e.getMessage(), e);
            }
            throw new IllegalStateException(e);
        }
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) throw new TooComplex();
        return left;
    }

    /** The document takes more work to canonicalise than one verification may spend. */
    static final class TooComplex extends IllegalStateException {
        TooComplex() {
            super("canonicalisation exceeded its time budget");
        }
    }

    /** "did:key:z6Mk…#z6Mk…" (or the bare did:key) → the Ed25519 public key. */
    static PublicKey publicKey(String verificationMethod) throws GeneralSecurityException {
        if (!verificationMethod.startsWith("did:key:z")) {
            throw new IllegalArgumentException("only did:key is resolved offline");
        }
        String id = verificationMethod.substring("did:key:".length()).split("#")[0];
        byte[] multicodec = Multibase.BASE_58_BTC.decode(id);
        if (multicodec.length != 34 || multicodec[0] != ED25519_PUB[0] || multicodec[1] != ED25519_PUB[1]) {
            throw new IllegalArgumentException("not an Ed25519 did:key");
        }
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(multicodec, 2, spki, SPKI_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    /** The multibase (z6Mk…) of an Ed25519 public key, as did:key uses it. */
    static String multibase(PublicKey key) {
        byte[] spki = key.getEncoded();
        byte[] multicodec = Arrays.copyOf(ED25519_PUB, 34);
        System.arraycopy(spki, spki.length - 32, multicodec, 2, 32);
        return Multibase.BASE_58_BTC.encode(multicodec);
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
