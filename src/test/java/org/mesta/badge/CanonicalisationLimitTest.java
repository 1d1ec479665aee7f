package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Checking a credential someone sends is bounded: a "poison graph" of a few blank nodes that all point at each
 * other makes RDFC-1.0's N-degree hashing factorial (9 nodes, about 2 KB: more than 100 s of one core before
 * the limit), and must be refused within the budget instead.
 */
class CanonicalisationLimitTest {

    @Test
    void a_poison_graph_is_refused_within_the_budget_instead_of_holding_a_core() throws Exception {
        JsonObject poison = PoisonGraph.credential(9);
        assertThat(poison.toString().length()).as("a small input").isLessThan(4_000);
        Instant start = Instant.now();
        DataIntegrity.Check check = DataIntegrity.verify(poison);
        Duration took = Duration.between(start, Instant.now());
        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo("too-complex");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_oversized_document_is_refused_before_it_is_parsed_or_canonicalised() throws Exception {
        String big = "{\"padding\":\"" + "x".repeat(DataIntegrity.MAX_DOCUMENT_CHARS) + "\"}";
        Assertions.assertThatThrownBy(() -> DataIntegrity.parse(big)).isInstanceOf(IllegalArgumentException.class);
        JsonObject padded = Json.createObjectBuilder(PoisonGraph.credential(2))
                .add("name", "x".repeat(DataIntegrity.MAX_DOCUMENT_CHARS))
                .build();
        assertThat(DataIntegrity.verify(padded).problem()).isEqualTo("too-complex");
    }

    @Test
    void an_ordinary_signed_document_still_verifies_under_the_budget() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String did = "did:key:" + DataIntegrity.multibase(pair.getPublic());
        JsonObject doc = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(DataIntegrity.CREDENTIALS_V2))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", did)
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("name", "Mojca"))
                .build();
        JsonObject signed = DataIntegrity.sign(doc, pair.getPrivate(), did + "#" + did.substring(8), Instant.now());
        assertThat(DataIntegrity.verify(signed).valid()).isTrue();
    }
}
