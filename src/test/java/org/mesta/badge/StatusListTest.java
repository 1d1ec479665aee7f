package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.PROVIDER;
import static org.mesta.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Revocation every verifier sees: 3.0 credentials name their bit in the organisation's W3C Bitstring Status List,
 * the list is signed by the organisation's key and served publicly with caching headers, revoking flips the bit,
 * and independent software (the DCC's status list library, offline) reads it the same way Mesta does.
 */
@SpringBootTest
@ActiveProfiles("test")
class StatusListTest {

    static final Path CHECKER = Path.of("src", "test", "node", "status-check");

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @Autowired
    StatusLists statusLists;

    @Autowired
    OpenBadgesEndpoints endpoints;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long publishedBadge() {
        as(users, PROVIDER);
        return BadgeTestData.published(badges).getId();
    }

    private static JsonObject list(OpenBadgesService.PublishedStatusList published) {
        return DataIntegrity.parse(published.json());
    }

    private static boolean bit(OpenBadgesService.PublishedStatusList published, int index) {
        return StatusLists.isSet(
                list(published).getJsonObject("credentialSubject").getString("encodedList"), index);
    }

    @Test
    void a_credential_names_its_bit_in_the_organisation_s_signed_list_and_revoking_flips_it() {
        long badge = publishedBadge();
        Award a = awards.award(badge, List.of("mojca@example.org"), "sl").getFirst();
        Award other = awards.award(badge, List.of("tine@example.org"), "sl").getFirst();
        JsonObject credential = DataIntegrity.parse(a.getCredential());
        JsonObject entry = credential.getJsonObject("credentialStatus");
        String listUrl = statusLists.url(a.getOrganisationId());
        assertThat(entry.getString("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(entry.getString("statusPurpose")).isEqualTo("revocation");
        assertThat(entry.getString("statusListIndex"))
                .isEqualTo(a.getStatusIndex().toString());
        assertThat(entry.getString("statusListCredential"))
                .isEqualTo(listUrl)
                .endsWith("/ob/v3/status/" + a.getOrganisationId());
        assertThat(entry.getString("id")).isEqualTo(listUrl + "#" + a.getStatusIndex());
        assertThat(DataIntegrity.verify(credential).valid()).isTrue();

        OpenBadgesService.PublishedStatusList before =
                openBadges.statusList(a.getOrganisationId()).orElseThrow();
        JsonObject list = list(before);
        assertThat(list.getJsonArray("type").getString(1)).isEqualTo("BitstringStatusListCredential");
        assertThat(list.getString("id")).isEqualTo(listUrl);
        assertThat(list.getString("issuer"))
                .isEqualTo(credential.getJsonObject("issuer").getString("id"));
        assertThat(list.getJsonObject("credentialSubject").getString("encodedList"))
                .startsWith("u");
        DataIntegrity.Check proof = DataIntegrity.verify(list);
        assertThat(proof.valid()).isTrue();
        assertThat(proof.verificationMethod()).startsWith(list.getString("issuer") + "#");
        assertThat(bit(before, a.getStatusIndex())).isFalse();
        assertThat(statusLists.revoked(credential)).hasValue(false);

        awards.revoke(a.getId(), "Podeljena pomotoma.");
        OpenBadgesService.PublishedStatusList after =
                openBadges.statusList(a.getOrganisationId()).orElseThrow();
        assertThat(after.json()).isNotEqualTo(before.json());
        assertThat(DataIntegrity.verify(list(after)).valid()).isTrue();
        assertThat(bit(after, a.getStatusIndex())).isTrue();
        assertThat(bit(after, other.getStatusIndex())).isFalse();
        assertThat(statusLists.revoked(credential)).hasValue(true);
        assertThat(statusLists.revoked(DataIntegrity.parse(other.getCredential())))
                .hasValue(false);

        SecurityContextHolder.clearContext();
        Verification revoked = openBadges.verify(null, a.getCredential(), null);
        assertThat(revoked.status()).isEqualTo(Verification.Status.REVOKED);
        assertThat(openBadges.verify(null, other.getCredential(), null).status())
                .isEqualTo(Verification.Status.VALID);
    }

    @Test
    void the_list_is_served_anonymously_with_short_caching_and_revalidation() throws Exception {
        Award a = awards.award(publishedBadge(), List.of("mojca@example.org"), "sl")
                .getFirst();
        SecurityContextHolder.clearContext();
        MockMvc http = MockMvcBuilders.standaloneSetup(endpoints).build();
        String path = "/ob/v3/status/" + a.getOrganisationId();
        MvcResult first = http.perform(get(path)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getResponse().getHeader("Cache-Control"))
                .contains("max-age=300")
                .contains("public");
        assertThat(first.getResponse().getContentType()).startsWith("application/ld+json");
        assertThat(first.getResponse().getContentAsString())
                .isEqualTo(openBadges
                        .statusList(a.getOrganisationId())
                        .orElseThrow()
                        .json());

        http.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        String again = http.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(again)
                .as("served as stored, not signed per request")
                .isEqualTo(first.getResponse().getContentAsString());
        http.perform(get("/ob/v3/status/987654")).andExpect(status().isNotFound());

        as(users, PROVIDER);
        awards.revoke(a.getId(), "Napaka.");
        SecurityContextHolder.clearContext();
        MvcResult changed = http.perform(get(path).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void awards_issued_at_the_same_time_never_share_a_bit() throws Exception {
        long badge = publishedBadge();
        SecurityContextHolder.clearContext();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Award>>> batches = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int batch = t;
            Callable<List<Award>> issue = () -> {
                as(users, PROVIDER);
                try {
                    List<String> emails = new ArrayList<>();
                    for (int i = 0; i < 5; i++) emails.add("hkrati" + batch + "-" + i + "@example.org");
                    return awards.award(badge, emails, "sl");
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            batches.add(pool.submit(issue));
        }
        Set<Integer> indexes = new HashSet<>();
        for (Future<List<Award>> f : batches) {
            for (Award a : f.get(120, TimeUnit.SECONDS)) {
                assertThat(a.getStatusIndex()).isBetween(0, StatusLists.SIZE - 1);
                indexes.add(a.getStatusIndex());
            }
        }
        pool.shutdown();
        assertThat(indexes).hasSize(20);
    }

    @Test
    void an_independent_verifier_reads_a_revoked_credential_as_revoked_and_a_live_one_as_not() throws Exception {
        long badge = publishedBadge();
        Award live = awards.award(badge, List.of("zala@example.org"), "sl").getFirst();
        Award gone = awards.award(badge, List.of("jaka@example.org"), "sl").getFirst();
        awards.revoke(gone.getId(), "Podeljena pomotoma.");
        Path dir = Files.createDirectories(Path.of("target", "status-check"));
        Path list = Files.writeString(
                dir.resolve("list.json"),
                openBadges.statusList(live.getOrganisationId()).orElseThrow().json());
        Path liveFile = Files.writeString(dir.resolve("live.json"), live.getCredential());
        Path goneFile = Files.writeString(dir.resolve("revoked.json"), gone.getCredential());

        List<JsonNode> results = runChecker(list, liveFile, goneFile);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("proofVerified").asBoolean())
                .as(results.get(0).toString())
                .isTrue();
        assertThat(results.get(0).get("statusChecked").asBoolean())
                .as(results.get(0).toString())
                .isTrue();
        assertThat(results.get(0).get("revoked").asBoolean())
                .as(results.get(0).toString())
                .isFalse();
        assertThat(results.get(1).get("proofVerified").asBoolean())
                .as(results.get(1).toString())
                .isTrue();
        assertThat(results.get(1).get("statusChecked").asBoolean())
                .as(results.get(1).toString())
                .isTrue();
        assertThat(results.get(1).get("revoked").asBoolean())
                .as(results.get(1).toString())
                .isTrue();
    }

    @Test
    void a_credential_with_its_status_still_meets_the_open_badges_schema_and_the_dcc_verifier() throws Exception {
        Award a = awards.award(publishedBadge(), List.of("mojca@example.org"), "sl")
                .getFirst();
        assertThat(a.getCredential()).contains("credentialStatus");
        Path good = Files.writeString(
                Files.createDirectories(Path.of("target", "status-check")).resolve("ob3.json"), a.getCredential());
        Path schema = Files.exists(OpenBadges3Test.SCHEMA) ? OpenBadges3Test.SCHEMA : OpenBadges3Test.SCHEMA_IN_REPO;
        JsonNode result = OpenBadges3Test.runVerifier(schema, good).getFirst();
        assertThat(result.get("verified").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("schemaValid").asBoolean()).as(result.toString()).isTrue();
    }

    @Test
    void a_poison_graph_sent_to_the_verify_page_is_refused_quickly_as_too_complex() throws Exception {
        String poison = PoisonGraph.credential(9).toString();
        long start = System.nanoTime();
        Verification v = openBadges.verify(null, poison, null);
        assertThat(Math.abs(System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(v.status()).isEqualTo(Verification.Status.TOO_COMPLEX);
        assertThat(openBadges
                        .verify(null, "{\"proof\":\"" + "x".repeat(DataIntegrity.MAX_DOCUMENT_CHARS) + "\"}", null)
                        .status())
                .isEqualTo(Verification.Status.TOO_COMPLEX);
    }

    /** Runs src/test/node/status-check (DCC's vc-bitstring-status-list, offline) on the credentials. */
    static List<JsonNode> runChecker(Path list, Path... credentials) throws Exception {
        Path work = NodeScripts.install(
                CHECKER, "status-check-node", "node_modules", "package.json", "package-lock.json", "check.mjs");
        Path[] arguments = new Path[credentials.length + 1];
        arguments[0] = list;
        System.arraycopy(credentials, 0, arguments, 1, credentials.length);
        return NodeScripts.jsonLines(work, "check.mjs", arguments);
    }
}
