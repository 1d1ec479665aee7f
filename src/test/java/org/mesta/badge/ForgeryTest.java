package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;
import static org.mesta.badge.Verification.Status.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Forged credentials, signed by an attacker with the independent DCC libraries and keys of their own, are never
 * certified: whatever claims to be Mesta's must carry the organisation's key and match the stored award
 * (Tampered otherwise), and an intact credential from elsewhere is only "signed by an issuer Mesta does not know".
 */
@SpringBootTest
@ActiveProfiles("test")
class ForgeryTest {

    static final String MOJCA = "mojca@example.org";

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    BadgeService badges;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Award issued() {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        Award a = awards.award(b.getId(), List.of(MOJCA), "sl").getFirst();
        SecurityContextHolder.clearContext();
        return a;
    }

    static JsonObject foreign() {
        return DccForger.elsewhere(MOJCA);
    }

    static JsonObject with(JsonObject o, String key, JsonValue value) {
        return Json.createObjectBuilder(o).add(key, value).build();
    }

    static JsonObject withAchievementId(JsonObject c, String id) {
        JsonObject subject = c.getJsonObject("credentialSubject");
        JsonObject achievement = with(subject.getJsonObject("achievement"), "id", Json.createValue(id));
        return with(c, "credentialSubject", with(subject, "achievement", achievement));
    }

    static JsonObject withRecipient(JsonObject c, String email) {
        JsonObject subject = c.getJsonObject("credentialSubject");
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
        identity = with(identity, "identityHash", Json.createValue(Award.hash(email, identity.getString("salt"))));
        return with(
                c,
                "credentialSubject",
                with(
                        subject,
                        "identifier",
                        Json.createArrayBuilder().add(identity).build()));
    }

    private Verification check(JsonObject credential, String email) {
        return openBadges.verify(null, credential.toString(), email);
    }

    @Test
    void forgeries_signed_by_strangers_are_never_shown_under_our_organisation_s_name() throws Exception {
        Award a = issued();
        JsonObject ours = DataIntegrity.parse(a.getCredential());
        String ourIssuerUrl = ours.getJsonObject("issuer").getString("url");
        String ourAchievement = ours.getJsonObject("credentialSubject")
                .getJsonObject("achievement")
                .getString("id");
        JsonObject longer = with(ours, "validUntil", Json.createValue("2099-01-01T00:00:00Z"));

        Map<String, DccForger.Forged> f = DccForger.sign(
                DccForger.Job.of("resigned-keeping-our-issuer-id", ours, "mallory"),
                DccForger.Job.of("own-did-copying-our-name-and-id", ours, "mallory")
                        .issuerIs("mallory"),
                DccForger.Job.of(
                                "our-issuer-url",
                                with(
                                        foreign(),
                                        "issuer",
                                        with(foreign().getJsonObject("issuer"), "url", Json.createValue(ourIssuerUrl))),
                                "mallory")
                        .issuerIs("mallory"),
                DccForger.Job.of("our-achievement", withAchievementId(foreign(), ourAchievement), "mallory")
                        .issuerIs("mallory"),
                DccForger.Job.of("method-of-one-did-issuer-another", foreign(), "mallory")
                        .issuerIs("trent"),
                DccForger.Job.of("our-award-to-someone-else", withRecipient(ours, "eve@example.org"), "mallory")
                        .issuerIs("mallory"),
                DccForger.Job.of("our-award-valid-longer", longer, "mallory").issuerIs("mallory"),
                DccForger.Job.of("signed-for-authentication", foreign(), "mallory")
                        .issuerIs("mallory")
                        .purpose("authentication"),
                DccForger.Job.of("genuine-elsewhere", foreign(), "mallory").issuerIs("mallory"));

        for (String name : List.of(
                "resigned-keeping-our-issuer-id",
                "own-did-copying-our-name-and-id",
                "our-issuer-url",
                "our-achievement",
                "method-of-one-did-issuer-another",
                "our-award-to-someone-else",
                "our-award-valid-longer",
                "signed-for-authentication")) {
            Verification v = check(f.get(name).credential(), "eve@example.org");
            assertThat(v.status()).as(name).isEqualTo(TAMPERED);
            assertThat(v.issuerName()).as(name).isNull();
            assertThat(v.badgeName()).as(name).isNull();
        }

        Verification elsewhere = check(f.get("genuine-elsewhere").credential(), MOJCA);
        assertThat(elsewhere.status()).isEqualTo(UNKNOWN_ISSUER);
        assertThat(elsewhere.signerDid())
                .isEqualTo(f.get("genuine-elsewhere").signerDid())
                .startsWith("did:key:z6Mk");
        assertThat(elsewhere.issuerName())
                .as("the name it claims is not Mesta's to confirm")
                .isNull();
        assertThat(elsewhere.recipientMatch()).isTrue();

        // Baked into our own badge image, the copy with the stranger's did and our name is still refused.
        byte[] png = openBadges.bakedPng(a);
        assertThat(openBadges
                        .verify(
                                Baking.bakePng(
                                        png,
                                        Baking.OB3,
                                        f.get("own-did-copying-our-name-and-id")
                                                .credential()
                                                .toString()),
                                null,
                                null)
                        .status())
                .isEqualTo(TAMPERED);
        assertThat(openBadges
                        .verify(
                                Baking.bakePng(
                                        png,
                                        Baking.OB3,
                                        f.get("genuine-elsewhere").credential().toString()),
                                null,
                                null)
                        .status())
                .isEqualTo(UNKNOWN_ISSUER);
        assertThat(openBadges.verify(png, null, MOJCA).status()).isEqualTo(VALID);
        String svg = Baking.bakeSvg(
                badges.svg(a.getBadgeId(), "sl"),
                Baking.OB3,
                f.get("our-award-to-someone-else").credential().toString(),
                null);
        assertThat(openBadges
                        .verify(svg.getBytes(StandardCharsets.UTF_8), null, "eve@example.org")
                        .status())
                .as("baked SVG")
                .isEqualTo(TAMPERED);

        // The independent verifier agrees the signatures are the stranger's own and sound (so "Tampered" above is
        // about who signed, not broken maths), and refuses a key that does not belong to the issuer named.
        Path dir = Files.createDirectories(Path.of("target", "forged"));
        Path copied = Files.writeString(
                dir.resolve("copied.json"),
                f.get("own-did-copying-our-name-and-id").credential().toString());
        Path resigned = Files.writeString(
                dir.resolve("resigned.json"),
                f.get("resigned-keeping-our-issuer-id").credential().toString());
        Path schema = Files.exists(OpenBadges3Test.SCHEMA) ? OpenBadges3Test.SCHEMA : OpenBadges3Test.SCHEMA_IN_REPO;
        var dcc = OpenBadges3Test.runVerifier(schema, copied, resigned);
        assertThat(dcc.get(0).get("verified").asBoolean())
                .as(dcc.get(0).toString())
                .isTrue();
        assertThat(dcc.get(1).get("verified").asBoolean())
                .as(dcc.get(1).toString())
                .isFalse();
    }

    @Test
    void a_rotated_key_still_vouches_for_earlier_awards_and_signs_new_ones() throws Exception {
        Award before = issued();
        String oldDid = DataIntegrity.parse(before.getCredential())
                .getJsonObject("issuer")
                .getString("id");
        long org = before.getOrganisationId();

        String newDid = as(users, PROVIDER, () -> openBadges.rotateIssuerKey(org));
        assertThat(newDid).startsWith("did:key:z6Mk").isNotEqualTo(oldDid);
        Award after = issued();
        assertThat(DataIntegrity.parse(after.getCredential())
                        .getJsonObject("issuer")
                        .getString("id"))
                .isEqualTo(newDid);

        assertThat(openBadges.verify(openBadges.bakedPng(before), null, MOJCA).status())
                .isEqualTo(VALID);
        assertThat(openBadges
                        .verify(null, openBadges.credentialUrl(before.getPublicId()), null)
                        .status())
                .as("by link")
                .isEqualTo(VALID);
        assertThat(openBadges.verify(null, after.getCredential(), MOJCA).status())
                .isEqualTo(VALID);
        Verification v = openBadges.verify(null, openBadges.credentialUrl(after.getPublicId()), MOJCA);
        assertThat(v.status()).isEqualTo(VALID);
        assertThat(v.issuerName())
                .isEqualTo(cities.findOrganisation(org).orElseThrow().getName());

        // A stranger's copy of the new award is refused just the same; revocation still shows by link.
        JsonObject copy = DccForger.sign(DccForger.Job.of("copy", DataIntegrity.parse(after.getCredential()), "mallory")
                        .issuerIs("mallory"))
                .get("copy")
                .credential();
        assertThat(check(copy, MOJCA).status()).isEqualTo(TAMPERED);
        run(users, PROVIDER, () -> awards.revoke(before.getId(), "Podeljena pomotoma."));
        assertThat(openBadges
                        .verify(null, openBadges.credentialUrl(before.getPublicId()), null)
                        .status())
                .isEqualTo(REVOKED);
    }

    @Test
    void only_the_organisation_s_admins_and_its_city_admins_rotate_its_key() {
        long org = as(
                users,
                PROVIDER,
                () -> MestaUser.require().organisationIds().iterator().next());
        long city = cities.findOrganisation(org).orElseThrow().getCity().getId();
        long otherOrg = as(
                users,
                CITY_ADMIN,
                () -> cities.organisationsOfCity(city).stream()
                        .filter(o -> o.getId() != org)
                        .findFirst()
                        .orElseThrow()
                        .getId());

        assertThat(as(users, CITY_ADMIN, () -> openBadges.rotateIssuerKey(org))).startsWith("did:key:");
        assertThat(as(users, NETWORK_ADMIN, () -> openBadges.rotateIssuerKey(org)))
                .startsWith("did:key:");
        assertThatThrownBy(() -> as(users, PROVIDER, () -> openBadges.rotateIssuerKey(otherOrg)))
                .isInstanceOf(AccessDeniedException.class);
        for (String stranger : List.of(LEARNER, MODERATOR, AMBASSADOR)) {
            assertThatThrownBy(() -> as(users, stranger, () -> openBadges.rotateIssuerKey(org)))
                    .as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> openBadges.rotateIssuerKey(org))
                .as("anonymous")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
