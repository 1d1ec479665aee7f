package org.mesta.badge;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * An issuer outside Mesta: an Ed25519 key of its own, signing Open Badges 3.0 credentials (eddsa-rdfc-2022) as any
 * other platform would. For the demo network's imported badge and for tests; no Mesta organisation's key is ever
 * one of these, so what it signs verifies as "signed by an issuer Mesta does not know".
 */
public final class OutsideIssuer {

    private final KeyPair key;
    private final String did;

    private OutsideIssuer(KeyPair key) {
        this.key = key;
        this.did = "did:key:" + DataIntegrity.multibase(key.getPublic());
    }

    public static OutsideIssuer generate() {
        try {
            return new OutsideIssuer(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer's id (a did:key): put it in the credential's issuer.id before signing. */
    public String did() {
        return did;
    }

    /** The credential (JSON, without proof) signed with this issuer's key. */
    public String sign(String credentialJson, Instant created) {
        String method = did + "#" + did.substring("did:key:".length());
        return DataIntegrity.sign(DataIntegrity.parse(credentialJson), key.getPrivate(), method, created)
                .toString();
    }

    /** What an organisation outside Mesta says about one badge it gave, and since when. */
    public record Achievement(
            String issuerName,
            String issuerUrl,
            String achievementId,
            String name,
            String description,
            String criteria,
            Instant validFrom) {}

    /**
     * An Open Badges 3.0 credential of this achievement for the address (hashed with a fresh salt, as issuers do),
     * signed with this issuer's key.
     */
    public String credential(Achievement a, String recipient) {
        String salt = UUID.randomUUID().toString();
        Map<String, Object> subject = Map.of(
                "type", List.of("AchievementSubject"),
                "identifier",
                        List.of(Map.of(
                                "type",
                                "IdentityObject",
                                "identityHash",
                                Award.hash(recipient, salt),
                                "identityType",
                                "emailAddress",
                                "hashed",
                                true,
                                "salt",
                                salt)),
                "achievement",
                        Map.of(
                                "id", a.achievementId(),
                                "type", List.of("Achievement"),
                                "name", a.name(),
                                "description", a.description(),
                                "criteria", Map.of("narrative", a.criteria())));
        Map<String, Object> credential = Map.of(
                "@context", List.of(contexts()),
                "id", "urn:uuid:" + UUID.randomUUID(),
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"),
                "issuer", Map.of("id", did, "type", List.of("Profile"), "name", a.issuerName(), "url", a.issuerUrl()),
                "validFrom", a.validFrom().toString(),
                "name", a.name(),
                "credentialSubject", subject);
        return sign(JsonMapper.builder().build().writeValueAsString(credential), a.validFrom());
    }

    /** The contexts an Open Badges 3.0 credential names (bundled with Mesta, never fetched). */
    public static String[] contexts() {
        return new String[] {DataIntegrity.CREDENTIALS_V2, DataIntegrity.OB_V3};
    }
}
