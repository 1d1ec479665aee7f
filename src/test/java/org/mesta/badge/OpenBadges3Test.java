package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Open Badges 3.0 credentials: signed with eddsa-rdfc-2022 by the organisation's did:key, verified here and
 * by independent software (the Digital Credentials Consortium libraries, offline) and valid against the
 * 1EdTech JSON Schema (ajv); tampered copies fail everywhere.
 */
@SpringBootTest
@ActiveProfiles("test")
class OpenBadges3Test {

    static final Path VERIFIER = Path.of("src", "test", "node", "ob3-verify");
    static final Path SCHEMA =
            Path.of("..", "shared", "standards", "openbadges", "ob_v3p0_achievementcredential_schema.json");
    static final Path SCHEMA_IN_REPO =
            Path.of("src", "test", "resources", "openbadges", "ob_v3p0_achievementcredential_schema.json");

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Award issued() {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        return awards.award(b.getId(), List.of("mojca@example.org"), "sl").getFirst();
    }

    static JsonObject tampered(JsonObject credential) {
        JsonObject subject = credential.getJsonObject("credentialSubject");
        JsonObject achievement = Json.createObjectBuilder(subject.getJsonObject("achievement"))
                .add("name", "Doktorat")
                .build();
        return Json.createObjectBuilder(credential)
                .add("credentialSubject", Json.createObjectBuilder(subject).add("achievement", achievement))
                .build();
    }

    @Test
    void credentials_are_signed_by_the_issuer_s_did_key_and_tampering_is_caught() {
        Award a = issued();
        JsonObject credential = DataIntegrity.parse(a.getCredential());
        assertThat(credential.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
        assertThat(credential.getJsonObject("issuer").getString("id")).startsWith("did:key:z6Mk");
        assertThat(credential.getJsonArray("proof")).hasSize(1);
        assertThat(credential.toString()).doesNotContain("mojca@example.org").contains(a.getRecipientHash());
        DataIntegrity.Check ok = DataIntegrity.verify(credential);
        assertThat(ok.valid()).isTrue();
        assertThat(ok.verificationMethod())
                .startsWith(credential.getJsonObject("issuer").getString("id") + "#");
        assertThat(DataIntegrity.verify(tampered(credential)).valid()).isFalse();

        byte[] png = openBadges.bakedPng(a);
        assertThat(Baking.unbakePng(png, Baking.OB3)).hasValue(a.getCredential());
        assertThat(Baking.unbakeSvg(openBadges.bakedSvg3(a), Baking.OB3)).hasValue(a.getCredential());
    }

    @Test
    void a_field_the_contexts_do_not_define_is_still_covered_by_the_proof() {
        // The VC 2.0 context maps undefined terms to its issuer-dependent vocabulary (@vocab); without it they would
        // be dropped before hashing, and anything could be added to a signed credential unseen.
        JsonObject credential = DataIntegrity.parse(issued().getCredential());
        JsonObject added = Json.createObjectBuilder(credential)
                .add("grade", "summa cum laude")
                .build();
        assertThat(DataIntegrity.verify(credential).valid()).isTrue();
        assertThat(DataIntegrity.verify(added).valid()).isFalse();
    }

    @Test
    void the_verification_page_logic_tells_valid_tampered_revoked_and_the_recipient() {
        Award a = issued();
        SecurityContextHolder.clearContext();
        byte[] png = openBadges.bakedPng(a);
        Verification v = openBadges.verify(png, null, "Mojca@example.org");
        assertThat(v.status()).isEqualTo(Verification.Status.VALID);
        assertThat(v.version()).isEqualTo("3.0");
        assertThat(v.badgeName()).isEqualTo("Mladi govornik");
        assertThat(v.recipientMatch()).isTrue();
        assertThat(openBadges.verify(png, null, "someone@example.org").recipientMatch())
                .isFalse();

        String tampered = tampered(DataIntegrity.parse(a.getCredential())).toString();
        assertThat(openBadges
                        .verify(Baking.bakePng(png, Baking.OB3, tampered), null, null)
                        .status())
                .isEqualTo(Verification.Status.TAMPERED);
        assertThat(openBadges.verify(null, tampered, null).status()).isEqualTo(Verification.Status.TAMPERED);
        assertThat(openBadges
                        .verify(openBadges.bakedSvg(a).getBytes(), null, null)
                        .status())
                .as("the 2.0 SVG")
                .isEqualTo(Verification.Status.VALID);
        assertThat(openBadges.verify("GIF89a....".getBytes(), null, null).status())
                .isEqualTo(Verification.Status.NOT_A_BADGE);
        assertThat(openBadges
                        .verify(null, "https://elsewhere.example/badge/1", null)
                        .status())
                .isEqualTo(Verification.Status.NOT_VERIFIABLE);

        as(users, PROVIDER);
        awards.revoke(a.getId(), "Podeljena pomotoma.");
        SecurityContextHolder.clearContext();
        Verification revoked = openBadges.verify(png, null, null);
        assertThat(revoked.status()).isEqualTo(Verification.Status.REVOKED);
        assertThat(revoked.revocationReason()).isEqualTo("Podeljena pomotoma.");
    }

    @Test
    void independent_verifiers_accept_the_credential_and_reject_a_tampered_copy() throws Exception {
        Award a = issued();
        Path dir = Files.createDirectories(Path.of("target", "ob3"));
        Path good = dir.resolve("credential.json");
        Path bad = dir.resolve("tampered.json");
        Files.writeString(good, a.getCredential());
        Files.writeString(bad, tampered(DataIntegrity.parse(a.getCredential())).toString());
        Path schema = Files.exists(SCHEMA) ? SCHEMA : SCHEMA_IN_REPO;

        List<JsonNode> results = runVerifier(schema, good, bad);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("verified").asBoolean())
                .as(results.get(0).toString())
                .isTrue();
        assertThat(results.get(0).get("schemaValid").asBoolean())
                .as(results.get(0).toString())
                .isTrue();
        assertThat(results.get(1).get("verified").asBoolean()).as("tampered").isFalse();
    }

    @Test
    void awards_issued_in_bulk_verify_here_and_with_the_independent_verifiers() throws Exception {
        as(users, PROVIDER);
        // In two languages: the awards in each share a template of their own.
        BadgeDraft sl = BadgeTestData.complete(BadgeDesign.standard());
        Map<String, BadgeTexts> texts = new HashMap<>(sl.texts());
        texts.put(
                "en",
                new BadgeTexts(
                        "Young speaker",
                        "2026",
                        "Ljubljana",
                        "For speaking at the youth forum.",
                        "Speak at the forum and answer three questions.",
                        ""));
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(org, BadgeDesign.standard());
        b = badges.save(
                b.getId(),
                b.getVersion(),
                new BadgeDraft(sl.design(), texts, sl.criteriaUrl(), sl.tags(), sl.alignments(), sl.expiryMonths()));
        b = badges.publish(b.getId(), b.getVersion());
        StringBuilder csv = new StringBuilder("email,language\n");
        for (int i = 0; i < 24; i++)
            csv.append("bulk")
                    .append(i)
                    .append("@example.org,")
                    .append(i % 3 == 0 ? "en" : "sl")
                    .append('\n');
        assertThat(awards.awardFromCsv(b.getId(), csv.toString(), "sl").ok()).isTrue();
        List<Award> issued = awards.awardsOf(b.getId());
        assertThat(issued).hasSize(24);
        assertThat(issued).extracting(Award::getLanguage).contains("en", "sl");
        Path dir = Files.createDirectories(Path.of("target", "ob3-bulk"));
        Path[] files = new Path[issued.size()];
        for (int i = 0; i < files.length; i++) {
            JsonObject credential = DataIntegrity.parse(issued.get(i).getCredential());
            assertThat(DataIntegrity.verify(credential).valid())
                    .as("verified with full canonicalisation")
                    .isTrue();
            assertThat(credential.toString()).contains(issued.get(i).getRecipientHash());
            files[i] = dir.resolve("credential-" + i + ".json");
            Files.writeString(files[i], issued.get(i).getCredential());
        }
        Path schema = Files.exists(SCHEMA) ? SCHEMA : SCHEMA_IN_REPO;
        List<JsonNode> results = runVerifier(schema, files);
        assertThat(results).hasSize(files.length).allSatisfy(r -> {
            assertThat(r.get("verified").asBoolean()).as(r.toString()).isTrue();
            assertThat(r.get("schemaValid").asBoolean()).as(r.toString()).isTrue();
        });
    }

    /** Runs src/test/node/ob3-verify (the DCC verifier and the schema check) on the credentials. */
    static List<JsonNode> runVerifier(Path schema, Path... credentials) throws Exception {
        Path work = NodeScripts.install(
                VERIFIER,
                "ob3-verify",
                "node_modules/@digitalcredentials/ed25519-multikey",
                "package.json",
                "package-lock.json",
                "verify.mjs",
                "forge.mjs");
        Path[] arguments = new Path[credentials.length + 1];
        arguments[0] = schema;
        System.arraycopy(credentials, 0, arguments, 1, credentials.length);
        return NodeScripts.jsonLines(work, "verify.mjs", arguments);
    }
}
