package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs forged credentials the way an attacker would: with the Digital Credentials Consortium libraries
 * (src/test/node/ob3-verify/forge.mjs) and keys of their own, never with Mesta's signer.
 */
public final class DccForger {

    private DccForger() {}

    /**
     * One forgery: the credential to sign (any proof is dropped), the name of the attacker's key that signs it
     * (each name is a fixed key), optionally the key whose did:key becomes issuer.id, and the proof purpose.
     */
    public record Job(String name, JsonObject credential, String signWith, String issuerIs, String proofPurpose) {

        public static Job of(String name, JsonObject credential, String signWith) {
            return new Job(name, credential, signWith, null, null);
        }

        public Job issuerIs(String key) {
            return new Job(name, credential, signWith, key, proofPurpose);
        }

        public Job purpose(String purpose) {
            return new Job(name, credential, signWith, issuerIs, purpose);
        }
    }

    /** A signed forgery and the did:key that signed it. */
    public record Forged(JsonObject credential, String signerDid) {}

    /** An Open Badges 3.0 credential of another platform (unsigned), naming the address (salted hash) as recipient. */
    public static JsonObject elsewhere(String recipientEmail) {
        return DataIntegrity.parse(
                """
                {"@context": ["%s", "%s"], "id": "https://badges.elsewhere.example/credentials/7",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "did:example:elsewhere", "type": ["Profile"], "name": "Elsewhere Academy",
                            "url": "https://elsewhere.example"},
                 "validFrom": "2026-01-10T10:00:00Z", "name": "Public speaking",
                 "credentialSubject": {"type": ["AchievementSubject"],
                   "identifier": [{"type": "IdentityObject", "identityHash": "%s", "identityType": "emailAddress",
                                   "hashed": true, "salt": "pepper"}],
                   "achievement": {"id": "https://elsewhere.example/achievements/speaking", "type": ["Achievement"],
                                   "name": "Public speaking", "description": "Spoke in public.",
                                   "criteria": {"narrative": "Give a talk."}}}}
                """.formatted(DataIntegrity.CREDENTIALS_V2, DataIntegrity.OB_V3, Award.hash(recipientEmail, "pepper")));
    }

    /** The credential as JSON (for tests outside this package). */
    public static JsonObject parse(String json) {
        return DataIntegrity.parse(json);
    }

    public static Map<String, Forged> sign(Job... jobs) throws Exception {
        Path work = installed();
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Job j : jobs) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("name", j.name())
                    .add("credential", j.credential())
                    .add("signWith", j.signWith());
            if (j.issuerIs() != null) o.add("issuerIs", j.issuerIs());
            if (j.proofPurpose() != null) o.add("proofPurpose", j.proofPurpose());
            all.add(o);
        }
        Path file = Files.createTempFile(work, "jobs-", ".json");
        Files.writeString(file, all.build().toString());
        String out = NodeScripts.run(
                work,
                List.of(
                        NodeScripts.node().toString(),
                        "forge.mjs",
                        file.toAbsolutePath().toString()),
                120);
        Map<String, Forged> forged = new LinkedHashMap<>();
        out.lines()
                .filter(l -> l.startsWith("{"))
                .map(DataIntegrity::parse)
                .forEach(line -> forged.put(
                        line.getString("name"), new Forged(line.getJsonObject("credential"), line.getString("did"))));
        assertThat(forged).as(out).hasSize(jobs.length);
        return forged;
    }

    /** The same Node folder OpenBadges3Test uses (target/ob3-verify), with forge.mjs beside verify.mjs. */
    private static Path installed() throws Exception {
        return NodeScripts.install(
                OpenBadges3Test.VERIFIER,
                "ob3-verify",
                "node_modules/@digitalcredentials/ed25519-multikey",
                "package.json",
                "package-lock.json",
                "verify.mjs",
                "forge.mjs");
    }
}
