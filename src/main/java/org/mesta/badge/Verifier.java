package org.mesta.badge;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a badge someone brings: a baked PNG or SVG, a pasted credential or assertion, or one of Mesta's
 * badge URLs. Open Badges 3.0 credentials are checked by their proof (did:key, so badges from elsewhere too)
 * and, when Mesta issued them, for revocation; 2.0 assertions are checked against Mesta's own record (other
 * sites' hosted badges would need fetching, which this page never does).
 */
@Component
class Verifier {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final AwardRepository awards;
    private final BadgeRepository badges;
    private final CityService cities;
    private final Clock clock;
    private final OpenBadges2 ob2;
    private final OpenBadges3 ob3;
    private final StatusLists statusLists;

    Verifier(AwardRepository awards, BadgeRepository badges, CityService cities, Clock clock,
             @Value("${mesta.base-url}") String baseUrl, StatusLists statusLists) {
        this.statusLists = statusLists;
        this.awards = awards;
        this.badges = badges;
        this.cities = cities;
        this.clock = clock;
        this.ob2 = new OpenBadges2(baseUrl);
        this.ob3 = new OpenBadges3(baseUrl);
    }

    Verification verify(byte[] file, String pasted, String email) {
        String text;
        if (file != null && file.length > 0) {
            if (file.length > MAX_BYTES) return Verification.of(Verification.Status.NOT_A_BADGE);
            Optional<String> baked = Bytes.isPng(file)
                    ? Baking.unbakePng(file, Baking.OB3).or(() -> Baking.unbakePng(file, Baking.OB2))
                    : Bytes.looksLikeSvg(file) ? unbakeSvg(new String(file, StandardCharsets.UTF_8)) : Optional.empty();
            if (baked.isEmpty()) return Verification.of(Verification.Status.NOT_A_BADGE);
            text = baked.get();
        } else {
            text = pasted == null ? "" : pasted.strip();
        }
        if (text.startsWith("http")) {
            return byUrl(text, email);
        }
        if (text.length() > DataIntegrity.MAX_DOCUMENT_CHARS) return Verification.of(Verification.Status.TOO_COMPLEX);
        JsonObject json;
        try {
            json = DataIntegrity.parse(text);
        } catch (RuntimeException e) {
            return Verification.of(Verification.Status.NOT_A_BADGE);
        }
        if (json.containsKey("proof") || hasType(json, "VerifiableCredential")) {
            return credential(json, email);
        }
        if (hasType(json, "Assertion") || json.containsKey("recipient")) {
            return assertion(json, email);
        }
        return Verification.of(Verification.Status.NOT_A_BADGE);
    }

    private Optional<String> unbakeSvg(String svg) {
        return Baking.unbakeSvg(svg, Baking.OB3).or(() -> Baking.unbakeSvg(svg, Baking.OB2));
    }

    private Verification byUrl(String url, String email) {
        String v3 = ob3.credentialUrl("");
        String v2 = ob2.assertionId("");
        Optional<Award> award = url.startsWith(v3) ? awards.findByPublicId(url.substring(v3.length()))
                : url.startsWith(v2) ? awards.findByPublicId(url.substring(v2.length())) : Optional.empty();
        if (award.isEmpty()) {
            return Verification.of(url.startsWith(v2) || url.startsWith(v3) ? Verification.Status.NOT_A_BADGE
                    : Verification.Status.NOT_VERIFIABLE);
        }
        return award.get().getCredential() != null ? credential(DataIntegrity.parse(award.get().getCredential()), email)
                : ours(award.get(), "2.0", email);
    }

    private Verification credential(JsonObject c, String email) {
        DataIntegrity.Check check = DataIntegrity.verify(c);
        String issuerName = c.get("issuer") instanceof JsonObject i ? i.getString("name", "") : "";
        JsonObject subject = c.get("credentialSubject") instanceof JsonObject s ? s : JsonValue.EMPTY_JSON_OBJECT;
        String badgeName = subject.get("achievement") instanceof JsonObject a ? a.getString("name", "") : c.getString("name", "");
        Instant issued = instant(c, "validFrom");
        Instant expires = instant(c, "validUntil");
        Boolean match = null;
        if (email != null && !email.isBlank() && subject.get("identifier") instanceof JsonArray ids && !ids.isEmpty()) {
            JsonObject id = ids.getJsonObject(0);
            match = id.getString("identityHash", "").equals(Award.hash(email, id.getString("salt", "")));
        }
        if ("too-complex".equals(check.problem())) return Verification.of(Verification.Status.TOO_COMPLEX);
        if (!check.valid()) {
            return new Verification("unsupported-key".equals(check.problem()) || "unsupported-proof".equals(check.problem())
                    ? Verification.Status.NOT_VERIFIABLE : Verification.Status.TAMPERED, "3.0", issuerName, badgeName,
                    issued, expires, match, null);
        }
        // Signed and intact; if Mesta issued it, the award may since have been revoked.
        String id = c.getString("id", "");
        String prefix = ob3.credentialUrl("");
        Optional<Award> award = id.startsWith(prefix) ? awards.findByPublicId(id.substring(prefix.length())) : Optional.empty();
        if (award.isPresent() && award.get().getRevokedAt() != null || revokedInStatusList(c)) {
            return new Verification(Verification.Status.REVOKED, "3.0", issuerName, badgeName, issued, expires, match,
                    award.map(Award::getRevocationReason).orElse(null));
        }
        Verification.Status status = expires != null && !expires.isAfter(clock.instant())
                ? Verification.Status.EXPIRED : Verification.Status.VALID;
        return new Verification(status, "3.0", issuerName, badgeName, issued, expires, match, null);
    }

    /**
     * What every other verifier reads too: the credential's bit in the status list it names, when that list is one
     * of ours (read from our store, never fetched).
     */
    private boolean revokedInStatusList(JsonObject credential) {
        return statusLists.revoked(credential).orElse(false);
    }

    /** A 2.0 assertion is only as good as the issuer's hosted copy: for Mesta's, that is our record. */
    private Verification assertion(JsonObject a, String email) {
        String id = a.getString("id", "");
        String prefix = ob2.assertionId("");
        if (!id.startsWith(prefix)) return Verification.of(Verification.Status.NOT_VERIFIABLE);
        Optional<Award> award = awards.findByPublicId(id.substring(prefix.length()));
        if (award.isEmpty()) return Verification.of(Verification.Status.TAMPERED);
        Award x = award.get();
        JsonObject recipient = a.get("recipient") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
        boolean same = recipient.getString("identity", "").equals(x.getRecipientHash())
                && a.getString("badge", "").equals(ob2.badgeId(x.getBadgeId()))
                && a.getString("issuedOn", "").equals(OpenBadges2.iso(x.getIssuedAt()));
        if (!same && x.getRevokedAt() == null) {
            Verification v = ours(x, "2.0", email);
            return new Verification(Verification.Status.TAMPERED, "2.0", v.issuerName(), v.badgeName(), v.issuedOn(),
                    v.expiresOn(), v.recipientMatch(), null);
        }
        return ours(x, "2.0", email);
    }

    private Verification ours(Award a, String version, String email) {
        Badge b = badges.findById(a.getBadgeId()).orElseThrow();
        String issuer = cities.findOrganisation(b.getOrganisationId()).map(o -> o.getName()).orElse("");
        Boolean match = email == null || email.isBlank() ? null : Award.hash(email, a.getSalt()).equals(a.getRecipientHash());
        Verification.Status status = a.getRevokedAt() != null ? Verification.Status.REVOKED
                : a.expired(clock.instant()) ? Verification.Status.EXPIRED : Verification.Status.VALID;
        return new Verification(status, version, issuer, b.texts(a.getLanguage()).name(), a.getIssuedAt(),
                a.getExpiresAt(), match, a.getRevocationReason());
    }

    private static boolean hasType(JsonObject json, String type) {
        JsonValue t = json.get("type");
        if (t instanceof JsonArray a) return a.stream().anyMatch(v -> v.toString().equals("\"" + type + "\""));
        return t != null && t.toString().equals("\"" + type + "\"");
    }

    private static Instant instant(JsonObject json, String key) {
        try {
            return json.containsKey(key) ? Instant.parse(json.getString(key)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

}
