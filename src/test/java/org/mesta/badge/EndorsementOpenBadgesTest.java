package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;
import static org.mesta.badge.EndorsementTestData.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Endorsements as Open Badges: a hosted 2.0 Endorsement named by the BadgeClass, a 3.0 EndorsementCredential signed
 * by the endorser's key (verified by the DCC libraries, alone and inside an award credential issued afterwards),
 * revoked in the endorser's status list when withdrawn; the verifier reports each endorsement as far as it is proven.
 */
@SpringBootTest
@ActiveProfiles("test")
class EndorsementOpenBadgesTest {

    static final String MOJCA = "mojca@example.org";

    @Autowired
    EndorsementService endorsements;

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    BadgeService badges;

    @Autowired
    CityService cities;

    @Autowired
    IssuerKeys keys;

    @Autowired
    StatusLists statusLists;

    @Autowired
    OpenBadgesEndpoints badgeEndpoints;

    @Autowired
    EndorsementEndpoints endorsementEndpoints;

    @Autowired
    UserDetailsService users;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The youth centre (the demo provider's) endorses a new badge of the Ljubljana library. */
    private Endorsement endorsed(Badge badge) {
        long youthCentre = ljubljana(cities, "Youth Centre").getId();
        return as(
                users,
                PROVIDER,
                () -> endorsements.endorse(
                        youthCentre, badge.getId(), "Mladi se tu res naučijo samostojnega dela.", "sl"));
    }

    private Award awardOf(Badge badge) {
        return asAdminOf(
                badge.getOrganisationId(),
                () -> awards.award(badge.getId(), List.of(MOJCA), "sl").getFirst());
    }

    private Badge libraryBadge() {
        return publishedOf(ljubljana(cities, "Library").getId(), badges);
    }

    @Test
    void the_endorsement_is_hosted_as_open_badges_2_and_listed_by_the_badge_class_until_withdrawn() throws Exception {
        Badge badge = libraryBadge();
        Endorsement e = endorsed(badge);
        MockMvc http = MockMvcBuilders.standaloneSetup(badgeEndpoints, endorsementEndpoints)
                .build();
        String body = http.perform(get("/ob/v2/endorsements/" + e.getPublicId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode doc = json.readTree(body);
        String badgeIri = json.readTree(openBadges.badgeClassJson(badge.getId(), "sl"))
                .get("id")
                .asString();
        assertThat(doc.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(doc.get("type").asString()).isEqualTo("Endorsement");
        assertThat(doc.get("id").asString()).endsWith("/ob/v2/endorsements/" + e.getPublicId());
        assertThat(doc.get("claim").get("id").asString()).isEqualTo(badgeIri);
        assertThat(doc.get("claim").get("endorsementComment").asString())
                .isEqualTo("Mladi se tu res naučijo samostojnega dela.");
        assertThat(doc.get("issuer").asString())
                .endsWith("/ob/v2/issuers/" + ljubljana(cities, "Youth Centre").getId());
        assertThat(doc.get("issuedOn").asString()).isEqualTo(OpenBadges2.iso(e.getIssuedAt()));
        assertThat(doc.get("verification").get("type").asString()).isEqualTo("hosted");

        JsonNode badgeClass = json.readTree(openBadges.badgeClassJson(badge.getId(), "sl"));
        assertThat(badgeClass.get("endorsement").get(0).asString())
                .isEqualTo(doc.get("id").asString());

        as(users, PROVIDER, () -> endorsements.withdraw(e.getId()));
        http.perform(get("/ob/v2/endorsements/" + e.getPublicId())).andExpect(status().isGone());
        assertThat(json.readTree(openBadges.badgeClassJson(badge.getId(), "sl")).has("endorsement"))
                .isFalse();
        http.perform(get("/ob/v2/endorsements/not-an-id")).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/endorsements/" + "0".repeat(36))).andExpect(status().isNotFound());
    }

    @Test
    void the_endorsement_credential_is_signed_by_the_endorser_and_dcc_verifies_it_alone_and_inside_an_award()
            throws Exception {
        Badge badge = libraryBadge();
        Award before = awardOf(badge);
        Endorsement e = endorsed(badge);
        Award after = awardOf(badge);

        JsonObject credential = DataIntegrity.parse(endorsements
                .endorsementCredential(e.getPublicId())
                .orElseThrow()
                .json());
        assertThat(credential.getJsonArray("type").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("VerifiableCredential", "EndorsementCredential");
        JsonObject subject = credential.getJsonObject("credentialSubject");
        assertThat(subject.getString("id"))
                .isEqualTo(json.readTree(openBadges.badgeClassJson(badge.getId(), "sl"))
                        .get("id")
                        .asString());
        assertThat(subject.getJsonArray("type").getString(0)).isEqualTo("EndorsementSubject");
        assertThat(subject.getString("endorsementComment")).isEqualTo(e.getComment());
        String did = credential.getJsonObject("issuer").getString("id");
        long youthCentre = ljubljana(cities, "Youth Centre").getId();
        assertThat(keys.isKeyOf(youthCentre, did)).isTrue();
        assertThat(keys.isKeyOf(badge.getOrganisationId(), did)).isFalse();
        assertThat(credential.getJsonObject("credentialStatus").getString("statusListCredential"))
                .endsWith("/ob/v3/status/" + youthCentre);
        assertThat(credential.getJsonArray("credentialSchema").getJsonObject(0).getString("id"))
                .isEqualTo(EndorsementDocuments.SCHEMA);
        assertThat(DataIntegrity.verify(credential).valid()).isTrue();

        // Credentials already signed are not changed; those issued afterwards carry the endorsement.
        JsonObject beforeAchievement = achievement(before);
        assertThat(beforeAchievement.containsKey("endorsement")).isFalse();
        JsonObject embedded = achievement(after).getJsonArray("endorsement").getJsonObject(0);
        assertThat(embedded).isEqualTo(credential);

        Path dir = Files.createDirectories(Path.of("target", "ob3-endorsements"));
        Path alone = dir.resolve("endorsement.json");
        Path inside = dir.resolve("embedded.json");
        Path tampered = dir.resolve("tampered-endorsement.json");
        Path award = dir.resolve("award.json");
        Files.writeString(alone, credential.toString());
        Files.writeString(inside, embedded.toString());
        Files.writeString(
                tampered,
                Json.createObjectBuilder(credential)
                        .add(
                                "credentialSubject",
                                Json.createObjectBuilder(subject).add("endorsementComment", "The best badge ever."))
                        .build()
                        .toString());
        Files.writeString(award, after.getCredential());

        List<JsonNode> endorsementsChecked =
                OpenBadges3Test.runVerifier(endorsementSchema(dir), alone, inside, tampered);
        assertThat(endorsementsChecked.get(0).get("verified").asBoolean())
                .as(endorsementsChecked.get(0).toString())
                .isTrue();
        assertThat(endorsementsChecked.get(0).get("schemaValid").asBoolean())
                .as(endorsementsChecked.get(0).toString())
                .isTrue();
        assertThat(endorsementsChecked.get(1).get("verified").asBoolean())
                .as(endorsementsChecked.get(1).toString())
                .isTrue();
        assertThat(endorsementsChecked.get(2).get("verified").asBoolean())
                .as("tampered")
                .isFalse();

        List<JsonNode> awardChecked = OpenBadges3Test.runVerifier(achievementSchema(), award);
        assertThat(awardChecked.get(0).get("verified").asBoolean())
                .as(awardChecked.get(0).toString())
                .isTrue();
        assertThat(awardChecked.get(0).get("schemaValid").asBoolean())
                .as(awardChecked.get(0).toString())
                .isTrue();
    }

    @Test
    void a_withdrawn_endorsement_reads_as_revoked_in_the_endorser_s_status_list() {
        Badge badge = libraryBadge();
        Endorsement e = endorsed(badge);
        JsonObject credential = DataIntegrity.parse(endorsements
                .endorsementCredential(e.getPublicId())
                .orElseThrow()
                .json());
        assertThat(statusLists.revoked(credential)).hasValue(false);
        as(users, PROVIDER, () -> endorsements.withdraw(e.getId()));
        assertThat(statusLists.revoked(credential)).hasValue(true);
    }

    @Test
    void the_verifier_names_a_verified_endorser_and_never_vouches_for_an_endorsement_it_cannot_check()
            throws Exception {
        Badge badge = libraryBadge();
        Endorsement e = endorsed(badge);
        Award a = awardOf(badge);
        String youthCentre = ljubljana(cities, "Youth Centre").getName();

        Verification v = openBadges.verify(null, a.getCredential(), null);
        assertThat(v.status()).isEqualTo(Verification.Status.VALID);
        assertThat(v.endorsements()).singleElement().satisfies(x -> {
            assertThat(x.standing()).isEqualTo(Verification.Endorsed.Standing.VERIFIED);
            assertThat(x.endorser()).isEqualTo(youthCentre);
            assertThat(x.comment()).isEqualTo(e.getComment());
        });

        // The badge's issuer signs an award whose embedded endorsement says something the endorser never said: the
        // award is the issuer's own word (valid), the endorsement is not verified and its words are not repeated.
        JsonObject signed = DataIntegrity.parse(a.getCredential());
        JsonObject unsigned = Json.createObjectBuilder(signed).remove("proof").build();
        JsonObject endorsement = achievement(a).getJsonArray("endorsement").getJsonObject(0);
        JsonObject lying = Json.createObjectBuilder(endorsement)
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder(endorsement.getJsonObject("credentialSubject"))
                                .add("endorsementComment", "The finest badge in Europe."))
                .build();
        JsonObject subject = unsigned.getJsonObject("credentialSubject");
        JsonObject resigned = Json.createObjectBuilder(unsigned)
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder(subject)
                                .add(
                                        "achievement",
                                        Json.createObjectBuilder(subject.getJsonObject("achievement"))
                                                .add(
                                                        "endorsement",
                                                        Json.createArrayBuilder()
                                                                .add(lying))))
                .build();
        IssuerKeys.Signer issuer = keys.signer(badge.getOrganisationId());
        JsonObject relabelled =
                DataIntegrity.sign(resigned, issuer.key(), issuer.verificationMethod(), a.getIssuedAt());
        Verification lied = openBadges.verify(null, relabelled.toString(), null);
        assertThat(lied.status()).isEqualTo(Verification.Status.VALID);
        assertThat(lied.endorsements())
                .extracting(Verification.Endorsed::standing)
                .containsExactly(Verification.Endorsed.Standing.NOT_VERIFIED);
        assertThat(lied.endorsements().getFirst().comment()).doesNotContain("finest");

        // A stranger's credential carrying our genuine endorsement of another badge: not an endorsement of theirs.
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String strangerDid = "did:key:" + DataIntegrity.multibase(pair.getPublic());
        JsonObject elsewhere = DccForger.elsewhere(MOJCA);
        JsonObject theirs = Json.createObjectBuilder(elsewhere)
                .add(
                        "issuer",
                        Json.createObjectBuilder(elsewhere.getJsonObject("issuer"))
                                .add("id", strangerDid))
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder(elsewhere.getJsonObject("credentialSubject"))
                                .add(
                                        "achievement",
                                        Json.createObjectBuilder(elsewhere
                                                        .getJsonObject("credentialSubject")
                                                        .getJsonObject("achievement"))
                                                .add(
                                                        "endorsement",
                                                        Json.createArrayBuilder()
                                                                .add(endorsement))))
                .build();
        JsonObject strangerSigned = DataIntegrity.sign(
                theirs,
                pair.getPrivate(),
                strangerDid + "#" + strangerDid.substring("did:key:".length()),
                Instant.parse("2026-01-10T10:00:00Z"));
        Verification stranger = openBadges.verify(null, strangerSigned.toString(), null);
        assertThat(stranger.status()).isEqualTo(Verification.Status.UNKNOWN_ISSUER);
        assertThat(stranger.endorsements())
                .extracting(Verification.Endorsed::standing)
                .containsExactly(Verification.Endorsed.Standing.NOT_VERIFIED);

        as(users, PROVIDER, () -> endorsements.withdraw(e.getId()));
        assertThat(openBadges.verify(null, a.getCredential(), null).endorsements())
                .extracting(Verification.Endorsed::standing)
                .containsExactly(Verification.Endorsed.Standing.WITHDRAWN);
    }

    @Test
    void an_award_signed_before_the_endorsement_shows_it_on_the_verification_page_from_the_signed_record() {
        Badge badge = libraryBadge();
        Award a = awardOf(badge);
        endorsed(badge);
        Verification v = openBadges.verify(null, a.getCredential(), null);
        assertThat(v.status()).isEqualTo(Verification.Status.VALID);
        assertThat(v.endorsements())
                .extracting(Verification.Endorsed::standing)
                .containsExactly(Verification.Endorsed.Standing.VERIFIED);
    }

    private static JsonObject achievement(Award a) {
        return DataIntegrity.parse(a.getCredential())
                .getJsonObject("credentialSubject")
                .getJsonObject("achievement");
    }

    private static Path achievementSchema() {
        return Files.exists(OpenBadges3Test.SCHEMA) ? OpenBadges3Test.SCHEMA : OpenBadges3Test.SCHEMA_IN_REPO;
    }

    /** The 1EdTech schema's EndorsementCredential definition as a schema of its own (same $defs). */
    private Path endorsementSchema(Path dir) throws Exception {
        ObjectNode full = (ObjectNode) json.readTree(Files.readString(achievementSchema()));
        ObjectNode endorsement = json.createObjectNode();
        endorsement.set("$schema", full.get("$schema"));
        endorsement.put("$ref", "#/$defs/EndorsementCredential");
        endorsement.set("$defs", full.get("$defs"));
        Path file = dir.resolve("endorsement-schema.json");
        Files.writeString(file, json.writeValueAsString(endorsement));
        return file;
    }
}
