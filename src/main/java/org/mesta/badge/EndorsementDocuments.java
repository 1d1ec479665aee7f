package org.mesta.badge;

import static org.mesta.badge.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mesta.city.Organisation;

/**
 * An endorsement as Open Badges publish it: a hosted 2.0 Endorsement (claim = the BadgeClass) and a 3.0
 * EndorsementCredential (subject = the Achievement, the same IRI), issued by the endorsing organisation.
 */
final class EndorsementDocuments {

    /**
     * What the 1EdTech specification names as the EndorsementCredential's JSON Schema. Its validator type is given as
     * VC 2.0's {@code JsonSchema}: the spec's own "1EdTechJsonSchemaValidator2019" is not defined by the 3.0.3
     * context, so JSON-LD safe mode (the DCC verifier's) refuses it as a relative @type and the proof would not verify.
     */
    static final String SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json";

    private final OpenBadges2 ob2;
    private final String base;

    EndorsementDocuments(String baseUrl) {
        this.ob2 = new OpenBadges2(baseUrl);
        this.base = baseUrl.replaceAll("/+$", "");
    }

    String endorsementId(String publicId) {
        return base + "/ob/v2/endorsements/" + publicId;
    }

    String credentialId(String publicId) {
        return base + "/ob/v3/endorsements/" + publicId;
    }

    /** The Achievement's (and BadgeClass's) IRI: what the endorsement is about. */
    String badgeIri(long badgeId) {
        return ob2.badgeId(badgeId);
    }

    String issuerIri(long organisationId) {
        return ob2.issuerId(organisationId);
    }

    Map<String, Object> endorsement2(Endorsement e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", OpenBadges2.CONTEXT);
        m.put("type", "Endorsement");
        m.put("id", endorsementId(e.getPublicId()));
        m.put("claim", Map.of("id", ob2.badgeId(e.getBadgeId()), "endorsementComment", e.getComment()));
        m.put("issuer", ob2.issuerId(e.getOrganisationId()));
        m.put("issuedOn", OpenBadges2.iso(e.getIssuedAt()));
        m.put("verification", Map.of("type", "hosted"));
        return m;
    }

    Map<String, Object> withdrawn2(Endorsement e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", OpenBadges2.CONTEXT);
        m.put("id", endorsementId(e.getPublicId()));
        m.put("revoked", true);
        return m;
    }

    /** The unsigned 3.0 EndorsementCredential; {@code status} names its bit in the endorser's list (null: none). */
    JsonObject credential(
            Endorsement e, Organisation endorser, String endorserDid, String badgeName, @Nullable JsonObject status) {
        JsonObjectBuilder c = JSON.createObjectBuilder()
                .add(
                        "@context",
                        JSON.createArrayBuilder()
                                .add(DataIntegrity.CREDENTIALS_V2)
                                .add(DataIntegrity.OB_V3))
                .add("id", credentialId(e.getPublicId()))
                .add(
                        "type",
                        JSON.createArrayBuilder().add("VerifiableCredential").add("EndorsementCredential"))
                .add("name", endorser.getName() + " endorses " + badgeName)
                .add(
                        "issuer",
                        JSON.createObjectBuilder()
                                .add("id", endorserDid)
                                .add("type", JSON.createArrayBuilder().add("Profile"))
                                .add("name", endorser.getName())
                                .add("url", ob2.issuerId(endorser.getId())))
                .add("validFrom", OpenBadges2.iso(e.getIssuedAt()))
                .add(
                        "credentialSubject",
                        JSON.createObjectBuilder()
                                .add("id", ob2.badgeId(e.getBadgeId()))
                                .add("type", JSON.createArrayBuilder().add("EndorsementSubject"))
                                .add("endorsementComment", e.getComment()))
                .add(
                        "credentialSchema",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("id", SCHEMA)
                                        .add("type", "JsonSchema")));
        if (status != null) c.add("credentialStatus", status);
        return c.build();
    }
}
