package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing many awards of one badge from a template (JSON-LD turned into quads once, each award's values put in)
 * gives byte for byte the canonical form of the whole algorithm, for every award and for their proof options.
 */
class CanonicalTemplatesTest {

    private static final Random RANDOM = new Random(17);

    /** An award's credential as OpenBadges3 shapes it: achievement, alignments, evidence, status entry. */
    static JsonObject credential(String achievementName, boolean withStatus) {
        String publicId = UUID.randomUUID().toString();
        String salt = hex(16);
        Instant issued = Instant.parse("2026-12-02T10:00:00Z").plusSeconds(RANDOM.nextInt(100_000));
        int index = RANDOM.nextInt(131_072);
        var alignment = Json.createArrayBuilder();
        for (String target : List.of("ESCO", "DigComp")) {
            alignment.add(Json.createObjectBuilder()
                    .add("type", Json.createArrayBuilder().add("Alignment"))
                    .add("targetName", target)
                    .add("targetUrl", "https://esco.ec.europa.eu/"));
        }
        var credential = Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createArrayBuilder()
                                .add(DataIntegrity.CREDENTIALS_V2)
                                .add(DataIntegrity.OB_V3))
                .add("id", "http://localhost:8080/ob/v3/credentials/" + publicId)
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add(
                        "issuer",
                        Json.createObjectBuilder()
                                .add("id", "did:key:z6MkqKtEwS9qN33QPGyy1XqMriUfQLEhnHgCddx8bEiT1CBb")
                                .add("type", Json.createArrayBuilder().add("Profile"))
                                .add("name", "Ljubljana Youth Centre")
                                .add("url", "http://localhost:8080/ob/v2/issuers/1"))
                .add("validFrom", OpenBadges2.iso(issued))
                .add("validUntil", OpenBadges2.iso(issued.plusSeconds(63_072_000)))
                .add("name", achievementName)
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder()
                                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                                .add(
                                        "identifier",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "IdentityObject")
                                                        .add("identityHash", Award.hash(hex(6) + "@example.org", salt))
                                                        .add("identityType", "emailAddress")
                                                        .add("hashed", true)
                                                        .add("salt", salt)))
                                .add(
                                        "achievement",
                                        Json.createObjectBuilder()
                                                .add("id", "http://localhost:8080/ob/v2/badges/115")
                                                .add(
                                                        "type",
                                                        Json.createArrayBuilder()
                                                                .add("Achievement"))
                                                .add("name", achievementName)
                                                .add("description", "Za javni nastop na mladinskem forumu.")
                                                .add(
                                                        "criteria",
                                                        Json.createObjectBuilder()
                                                                .add("narrative", "Nastopi."))
                                                .add("inLanguage", "sl")
                                                .add(
                                                        "tag",
                                                        Json.createArrayBuilder()
                                                                .add("sodelovanje"))
                                                .add("alignment", alignment)))
                .add(
                        "evidence",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", Json.createArrayBuilder().add("Evidence"))
                                        .add("narrative", "Came to the forum.")));
        if (withStatus) {
            String list = "http://localhost:8080/ob/v3/status/1";
            credential.add(
                    "credentialStatus",
                    Json.createObjectBuilder()
                            .add("id", list + "#" + index)
                            .add("type", "BitstringStatusListEntry")
                            .add("statusPurpose", "revocation")
                            .add("statusListIndex", Integer.toString(index))
                            .add("statusListCredential", list));
        }
        return credential.build();
    }

    @Test
    void many_awards_of_one_badge_share_a_template_and_get_the_full_algorithm_s_canonical_form() {
        CanonicalTemplates templates = new CanonicalTemplates();
        List<JsonObject> awards = new ArrayList<>();
        for (int i = 0; i < 12; i++) awards.add(credential("Mladi govornik", true));
        for (JsonObject a : awards) {
            assertThat(templates.canonical(a)).isEqualTo(DataIntegrity.canonical(a));
        }
        assertThat(templates.shapes()).as("one template for them all").isEqualTo(1);
        // The awards really differ where the template puts each one's own values.
        assertThat(awards.stream().map(DataIntegrity::canonical).distinct()).hasSize(awards.size());
    }

    @Test
    void another_shape_gets_a_template_of_its_own() {
        CanonicalTemplates templates = new CanonicalTemplates();
        for (JsonObject a : List.of(
                credential("Mladi govornik", true),
                credential("Young speaker", true),
                credential("Mladi govornik", false),
                credential("Young speaker", true))) {
            assertThat(templates.canonical(a)).isEqualTo(DataIntegrity.canonical(a));
        }
        assertThat(templates.shapes()).isEqualTo(3);
    }

    @Test
    void proof_options_of_different_times_share_one_template() {
        CanonicalTemplates templates = new CanonicalTemplates();
        // Several in one second and then another: the last form is reused only for the same values.
        for (int i = 0; i < 8; i++) {
            JsonObject options = Json.createObjectBuilder()
                    .add("type", "DataIntegrityProof")
                    .add("cryptosuite", "eddsa-rdfc-2022")
                    .add(
                            "created",
                            OpenBadges2.iso(
                                    Instant.parse("2026-12-02T10:00:00Z").plusSeconds(i / 3 * 7L)))
                    .add("verificationMethod", "did:key:z6Mk1#z6Mk1")
                    .add("proofPurpose", "assertionMethod")
                    .add(
                            "@context",
                            Json.createArrayBuilder()
                                    .add(DataIntegrity.CREDENTIALS_V2)
                                    .add(DataIntegrity.OB_V3))
                    .build();
            assertThat(templates.canonical(options)).isEqualTo(DataIntegrity.canonical(options));
        }
        assertThat(templates.shapes()).isEqualTo(1);
    }

    @Test
    void an_id_that_is_not_an_absolute_iri_is_canonicalised_in_full() {
        CanonicalTemplates templates = new CanonicalTemplates();
        JsonObject relative = Json.createObjectBuilder(credential("Mladi govornik", true))
                .add("id", "credentials/7")
                .build();
        assertThat(templates.canonical(relative)).isEqualTo(DataIntegrity.canonical(relative));
        assertThat(templates.shapes()).isZero();
    }

    @Test
    void a_credential_signed_through_templates_verifies_with_the_full_algorithm() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String did = "did:key:" + DataIntegrity.multibase(pair.getPublic());
        CanonicalTemplates templates = new CanonicalTemplates();
        for (int i = 0; i < 3; i++) {
            JsonObject signed = DataIntegrity.sign(
                    credential("Mladi govornik", true),
                    SigningKey.of(pair.getPrivate()),
                    did + "#" + did.substring(8),
                    Instant.now(),
                    templates::canonical);
            assertThat(DataIntegrity.verify(signed).valid()).isTrue();
        }
        assertThat(templates.shapes())
                .as("the credential's shape and the options'")
                .isEqualTo(2);
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
