package org.mesta.badge;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The endorsements a credential's Achievement carries, each checked on its own: a genuine endorsement is one Mesta
 * stored, signed (proof valid, for assertions) by a key its organisation holds or held, about this very Achievement,
 * saying what was stored. Anything else is "could not be verified" and repeats nothing of what it claims; a genuine
 * one the endorser withdrew (in our record or its status list) says so.
 */
@Component
class EndorsementChecks {

    /** More embedded endorsements than this are not checked one by one: each of the rest is "not verified". */
    static final int MAX_CHECKED = 20;

    private final EndorsementRepository endorsements;
    private final IssuerKeys keys;
    private final StatusLists statusLists;
    private final CityService cities;
    private final EndorsementDocuments documents;

    EndorsementChecks(
            EndorsementRepository endorsements,
            IssuerKeys keys,
            StatusLists statusLists,
            CityService cities,
            @Value("${mesta.base-url}") String baseUrl) {
        this.endorsements = endorsements;
        this.keys = keys;
        this.statusLists = statusLists;
        this.cities = cities;
        this.documents = new EndorsementDocuments(baseUrl);
    }

    /**
     * The Achievement's embedded endorsements; for one of Mesta's genuine awards ({@code ourBadgeId}) also the badge's
     * endorsements given after the credential was signed, checked from their stored credentials the same way.
     */
    List<Verification.Endorsed> check(JsonObject achievement, @Nullable Long ourBadgeId) {
        String achievementId = achievement.getString("id", "");
        List<Verification.Endorsed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (achievement.get("endorsement") instanceof JsonArray embedded) {
            for (int i = 0; i < embedded.size(); i++) {
                JsonValue v = embedded.get(i);
                if (i >= MAX_CHECKED || !(v instanceof JsonObject c)) {
                    out.add(Verification.Endorsed.unverified());
                    continue;
                }
                seen.add(c.getString("id", ""));
                out.add(one(c, achievementId));
            }
        } else if (achievement.containsKey("endorsement")) {
            out.add(Verification.Endorsed.unverified());
        }
        if (ourBadgeId != null) {
            for (Endorsement e : endorsements.findByBadgeIdAndWithdrawnAtIsNullOrderByIssuedAtDesc(ourBadgeId)) {
                if (seen.contains(documents.credentialId(e.getPublicId()))) continue;
                out.add(one(DataIntegrity.parse(e.getCredential()), achievementId));
            }
        }
        return out;
    }

    private Verification.Endorsed one(JsonObject c, String achievementId) {
        try {
            JsonObject subject = c.get("credentialSubject") instanceof JsonObject s ? s : JsonValue.EMPTY_JSON_OBJECT;
            String id = c.getString("id", "");
            String prefix = documents.credentialId("");
            if (!hasType(c, "EndorsementCredential")
                    || achievementId.isEmpty()
                    || !achievementId.equals(subject.getString("id", ""))
                    || !id.startsWith(prefix)) {
                return Verification.Endorsed.unverified();
            }
            Optional<Endorsement> stored = endorsements.findByPublicId(id.substring(prefix.length()));
            // What it says must be what was stored (cheap) before its proof is checked (costly).
            if (stored.isEmpty()
                    || !documents.badgeIri(stored.get().getBadgeId()).equals(achievementId)
                    || !stored.get().getComment().equals(subject.getString("endorsementComment", ""))
                    || !OpenBadges2.iso(stored.get().getIssuedAt()).equals(c.getString("validFrom", ""))) {
                return Verification.Endorsed.unverified();
            }
            Endorsement e = stored.get();
            String issuerDid = c.get("issuer") instanceof JsonObject i
                    ? i.getString("id", "")
                    : c.get("issuer") instanceof JsonString s ? s.getString() : "";
            DataIntegrity.Check check = DataIntegrity.verify(c);
            if (!check.valid()
                    || !check.verificationMethod().split("#", 2)[0].equals(issuerDid)
                    || !"assertionMethod".equals(proofPurpose(c))
                    || !keys.isKeyOf(e.getOrganisationId(), issuerDid)) {
                return Verification.Endorsed.unverified();
            }
            String endorser = cities.findOrganisation(e.getOrganisationId())
                    .map(Organisation::getName)
                    .orElse("");
            boolean withdrawn = !e.isActive() || statusLists.revoked(c).orElse(false);
            return new Verification.Endorsed(
                    withdrawn ? Verification.Endorsed.Standing.WITHDRAWN : Verification.Endorsed.Standing.VERIFIED,
                    endorser,
                    e.getComment(),
                    e.getIssuedAt());
        } catch (RuntimeException unreadable) {
            return Verification.Endorsed.unverified();
        }
    }

    private static String proofPurpose(JsonObject c) {
        JsonValue p = c.get("proof");
        JsonObject proof = p instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonObject o
                ? o
                : p instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        return proof.getString("proofPurpose", "");
    }

    private static boolean hasType(JsonObject json, String type) {
        JsonValue t = json.get("type");
        if (t instanceof JsonArray a)
            return a.stream().anyMatch(v -> v.toString().equals("\"" + type + "\""));
        return t != null && t.toString().equals("\"" + type + "\"");
    }
}
