package org.mesta.badge;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/**
 * A small credential built to be slow to check: its subject knows n blank nodes that all point at each other,
 * which makes RDFC-1.0's N-degree hashing factorial (n = 9, about 2 KB, held one core for about 97 s before
 * canonicalisation had a time budget).
 */
public final class PoisonGraph {

    private PoisonGraph() {}

    /** An absolute IRI as the property: the bundled contexts define no vocabulary that would keep a made-up term. */
    private static final String KNOWS = "https://example.org/knows";

    /** A credential whose subject knows n blank nodes that each know all the others, "signed" by a real did:key. */
    public static JsonObject credential(int n) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String did = "did:key:" + DataIntegrity.multibase(pair.getPublic());
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            JsonArrayBuilder knows = Json.createArrayBuilder();
            for (int j = 0; j < n; j++) {
                if (j != i) knows.add(Json.createObjectBuilder().add("@id", "_:b" + j));
            }
            nodes.add(Json.createObjectBuilder().add("@id", "_:b" + i).add(KNOWS, knows));
        }
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(DataIntegrity.CREDENTIALS_V2))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", did)
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add(KNOWS, nodes))
                .build();
        JsonObject proof = Json.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", "eddsa-rdfc-2022")
                .add("created", "2026-01-01T00:00:00Z")
                .add("verificationMethod", did + "#" + did.substring(8))
                .add("proofPurpose", "assertionMethod")
                .add(
                        "proofValue",
                        "z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UAUL5n2Brbx")
                .build();
        return Json.createObjectBuilder(unsigned)
                .add("proof", Json.createArrayBuilder().add(proof))
                .build();
    }
}
