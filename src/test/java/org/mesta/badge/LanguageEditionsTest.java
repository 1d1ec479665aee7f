package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** A badge written in several languages: each credential names the achievement's other language editions. */
@SpringBootTest
@ActiveProfiles("test")
class LanguageEditionsTest {

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

    private Badge inThreeLanguages() {
        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        BadgeDraft sl = BadgeTestData.complete(BadgeDesign.standard());
        BadgeDraft three = new BadgeDraft(
                sl.design(),
                Map.of(
                        "sl", sl.texts().get("sl"),
                        "en",
                                new BadgeTexts(
                                        "Young speaker",
                                        "2026",
                                        "Ljubljana",
                                        "Spoke at the youth forum.",
                                        "Speak at the forum and answer three questions.",
                                        ""),
                        "sr-Cyrl",
                                new BadgeTexts(
                                        "Млади говорник",
                                        "2026",
                                        "Љубљана",
                                        "Говорио на форуму младих.",
                                        "Говори на форуму и одговори на три питања.",
                                        "")),
                sl.criteriaUrl(),
                sl.tags(),
                sl.alignments(),
                sl.expiryMonths());
        b = badges.save(b.getId(), b.getVersion(), three);
        return badges.publish(b.getId(), b.getVersion());
    }

    @Test
    void slovenian_credential_links_the_english_and_serbian_cyrillic_editions_and_still_verifies() throws Exception {
        Badge b = inThreeLanguages();
        Award a = awards.award(b.getId(), List.of("editions@example.org"), "sl").getFirst();
        JsonObject credential = DataIntegrity.parse(a.getCredential());
        JsonObject achievement = credential.getJsonObject("credentialSubject").getJsonObject("achievement");
        assertThat(achievement.getString("inLanguage")).isEqualTo("sl");
        JsonArray related = achievement.getJsonArray("related");
        assertThat(related).hasSize(2);
        JsonObject en = related.getJsonObject(0);
        assertThat(en.getString("inLanguage")).isEqualTo("en");
        assertThat(en.getJsonArray("type").getString(0)).isEqualTo("Related");
        assertThat(en.getString("id")).endsWith("/ob/v2/badges/" + b.getId() + "?lang=en");
        assertThat(related.getJsonObject(1).getString("inLanguage")).isEqualTo("sr-Cyrl");
        assertThat(related.toString()).doesNotContain("lang=sl");

        // Each edition's id answers in its language.
        SecurityContextHolder.clearContext();
        assertThat(openBadges.badgeClassJson(b.getId(), "sr-Cyrl")).contains("Млади говорник");
        assertThat(openBadges.badgeClassJson(b.getId(), "en")).contains("Young speaker");

        assertThat(DataIntegrity.verify(credential).valid()).isTrue();
        Path dir = Files.createDirectories(Path.of("target", "ob3"));
        Path good = dir.resolve("credential-editions.json");
        Files.writeString(good, a.getCredential());
        Path schema = Files.exists(OpenBadges3Test.SCHEMA) ? OpenBadges3Test.SCHEMA : OpenBadges3Test.SCHEMA_IN_REPO;
        List<JsonNode> results = OpenBadges3Test.runVerifier(schema, good);
        assertThat(results.getFirst().get("verified").asBoolean())
                .as(results.getFirst().toString())
                .isTrue();
        assertThat(results.getFirst().get("schemaValid").asBoolean())
                .as(results.getFirst().toString())
                .isTrue();
    }
}
