package org.mesta.badge;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks a badge someone brings: a baked PNG or SVG, a pasted credential or assertion, or one of Mesta's
 * badge URLs (a link to our credential checks the stored credential by the same path). Open Badges 3.0
 * credentials are checked by their proof and its controller; those claiming to be Mesta's against the
 * organisation's keys and the stored award, and for revocation; 2.0 assertions against Mesta's own record
 * (other sites' hosted badges would need fetching, which this page never does).
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
    private final IssuerKeys keys;
    private final StatusLists statusLists;
    private final EndorsementChecks endorsementChecks;

    Verifier(
            AwardRepository awards,
            BadgeRepository badges,
            CityService cities,
            Clock clock,
            IssuerKeys keys,
            @Value("${mesta.base-url}") String baseUrl,
            StatusLists statusLists,
            EndorsementChecks endorsementChecks) {
        this.endorsementChecks = endorsementChecks;
        this.keys = keys;
        this.statusLists = statusLists;
        this.awards = awards;
        this.badges = badges;
        this.cities = cities;
        this.clock = clock;
        this.ob2 = new OpenBadges2(baseUrl);
        this.ob3 = new OpenBadges3(baseUrl);
    }

    Verification verify(byte[] file, String pasted, String email) {
        return verify(file, pasted, email, null);
    }

    /**
     * As {@link #verify(byte[], String, String)}; with {@code hosted} given, another issuer's Open Badges 2.0
     * assertion (or its link) is checked against the issuer's hosted copy, which {@code hosted} fetches.
     */
    Verification verify(byte[] file, String pasted, String email, OpenBadgesService.@Nullable Fetcher hosted) {
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
            return byUrl(text, email, hosted);
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
            String id = json.getString("id", "");
            return hosted != null && !id.startsWith(ob2.assertionId("")) && id.startsWith("http")
                    ? HostedAssertion.check(id, json, hosted, email, clock.instant())
                    : assertion(json, email);
        }
        return Verification.of(Verification.Status.NOT_A_BADGE);
    }

    private Optional<String> unbakeSvg(String svg) {
        return Baking.unbakeSvg(svg, Baking.OB3).or(() -> Baking.unbakeSvg(svg, Baking.OB2));
    }

    private Verification byUrl(String url, String email, OpenBadgesService.@Nullable Fetcher hosted) {
        String v3 = ob3.credentialUrl("");
        String v2 = ob2.assertionId("");
        Optional<Award> award = url.startsWith(v3)
                ? awards.findByPublicId(url.substring(v3.length()))
                : url.startsWith(v2) ? awards.findByPublicId(url.substring(v2.length())) : Optional.empty();
        if (award.isEmpty() && hosted != null && !url.startsWith(v2) && !url.startsWith(v3)) {
            return HostedAssertion.check(url, null, hosted, email, clock.instant());
        }
        if (award.isEmpty()) {
            return Verification.of(
                    url.startsWith(v2) || url.startsWith(v3)
                            ? Verification.Status.NOT_A_BADGE
                            : Verification.Status.NOT_VERIFIABLE);
        }
        return award.get().getCredential() != null
                ? credential(DataIntegrity.parse(award.get().getCredential()), email)
                : ours(award.get(), "2.0", email);
    }

    /**
     * A 3.0 credential is believed only as far as its cryptography goes: the proof must verify, be made for
     * assertions, and by a key of the issuer it names (the verification method's controller is issuer.id, as the
     * DCC verifier requires). One that claims to be Mesta's must moreover carry its organisation's key (current
     * or retired) and match the stored award; any other is at best "signed by an issuer Mesta does not know".
     */
    private Verification credential(JsonObject c, String email) {
        JsonObject issuer = c.get("issuer") instanceof JsonObject i ? i : JsonValue.EMPTY_JSON_OBJECT;
        String issuerDid = c.get("issuer") instanceof JsonString s ? s.getString() : issuer.getString("id", "");
        JsonObject subject = c.get("credentialSubject") instanceof JsonObject s ? s : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject achievement = subject.get("achievement") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        String id = c.getString("id", "");
        boolean claimsOurs = ob3.isOurs(id)
                || ob3.isOurs(issuer.getString("url", ""))
                || ob3.isOurs(achievement.getString("id", ""))
                || keys.isMestaKey(issuerDid);
        DataIntegrity.Check check = DataIntegrity.verify(c);
        if ("too-complex".equals(check.problem())) return Verification.of(Verification.Status.TOO_COMPLEX);
        if (!check.valid()) {
            // Mesta signs every credential with a did:key it can check, so "cannot check" is for others' only.
            boolean unsupported =
                    "unsupported-key".equals(check.problem()) || "unsupported-proof".equals(check.problem());
            return Verification.of(
                    unsupported && !claimsOurs ? Verification.Status.NOT_VERIFIABLE : Verification.Status.TAMPERED);
        }
        String controller = check.verificationMethod().split("#", 2)[0];
        if (!controller.equals(issuerDid) || !"assertionMethod".equals(proof(c).getString("proofPurpose", ""))) {
            return Verification.of(Verification.Status.TAMPERED);
        }
        if (claimsOurs) {
            String prefix = ob3.credentialUrl("");
            Optional<Award> award =
                    id.startsWith(prefix) ? awards.findByPublicId(id.substring(prefix.length())) : Optional.empty();
            if (award.isEmpty()
                    || !keys.isKeyOf(award.get().getOrganisationId(), issuerDid)
                    || !matches(c, issuer, subject, achievement, award.get())) {
                return Verification.of(Verification.Status.TAMPERED);
            }
            Verification genuine = ours(award.get(), "3.0", email)
                    .withEndorsements(
                            endorsementChecks.check(achievement, award.get().getBadgeId()));
            // The bit every other verifier reads decides too (it and our record are flipped together).
            return revokedInStatusList(c) && genuine.status() != Verification.Status.REVOKED
                    ? new Verification(
                            Verification.Status.REVOKED,
                            genuine.version(),
                            genuine.issuerName(),
                            genuine.badgeName(),
                            genuine.issuedOn(),
                            genuine.expiresOn(),
                            genuine.recipientMatch(),
                            null,
                            null,
                            genuine.endorsements())
                    : genuine;
        }
        // Intact, but nobody Mesta knows vouches for the key: only the key and what the credential itself says.
        Boolean named = null;
        if (email != null
                && !email.isBlank()
                && subject.get("identifier") instanceof JsonArray ids
                && !ids.isEmpty()
                && ids.get(0) instanceof JsonObject identity) {
            named = identity.getString("identityHash", "").equals(Award.hash(email, identity.getString("salt", "")));
        }
        return new Verification(
                Verification.Status.UNKNOWN_ISSUER,
                "3.0",
                null,
                achievement.getString("name", c.getString("name", "")),
                instant(c, "validFrom"),
                instant(c, "validUntil"),
                named,
                null,
                issuerDid,
                endorsementChecks.check(achievement, null));
    }

    /** Our organisation signed it; it must still say exactly what the stored award says. */
    private boolean matches(JsonObject c, JsonObject issuer, JsonObject subject, JsonObject achievement, Award a) {
        boolean sameRecipient = subject.get("identifier") instanceof JsonArray ids
                && ids.size() == 1
                && ids.get(0) instanceof JsonObject identity
                && a.getRecipientHash().equals(identity.getString("identityHash", ""))
                && a.getSalt().equals(identity.getString("salt", ""));
        String validUntil = c.containsKey("validUntil") ? c.get("validUntil").toString() : null;
        String expected = a.getExpiresAt() == null ? null : "\"" + OpenBadges2.iso(a.getExpiresAt()) + "\"";
        return sameRecipient
                && ob2.badgeId(a.getBadgeId()).equals(achievement.getString("id", ""))
                && ob2.issuerId(a.getOrganisationId()).equals(issuer.getString("url", ""))
                && OpenBadges2.iso(a.getIssuedAt()).equals(c.getString("validFrom", ""))
                && Objects.equals(validUntil, expected);
    }

    private static JsonObject proof(JsonObject c) {
        JsonValue p = c.get("proof");
        return p instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonObject o
                ? o
                : p instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
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
            // Nothing of what a changed assertion says is repeated, not even our organisation's name.
            return Verification.of(Verification.Status.TAMPERED);
        }
        return ours(x, "2.0", email);
    }

    private Verification ours(Award a, String version, String email) {
        Badge b = badges.findById(a.getBadgeId()).orElseThrow();
        String issuer = cities.findOrganisation(b.getOrganisationId())
                .map(o -> o.getName())
                .orElse("");
        Boolean match = email == null || email.isBlank()
                ? null
                : Award.hash(email, a.getSalt()).equals(a.getRecipientHash());
        return new Verification(
                standing(a),
                version,
                issuer,
                b.texts(a.getLanguage()).name(),
                a.getIssuedAt(),
                a.getExpiresAt(),
                match,
                a.getRevocationReason(),
                null);
    }

    /** How one of Mesta's own genuine awards stands now: the one place revocation is decided. */
    private Verification.Status standing(Award a) {
        if (a.getRevokedAt() != null) return Verification.Status.REVOKED;
        return a.expired(clock.instant()) ? Verification.Status.EXPIRED : Verification.Status.VALID;
    }

    private static boolean hasType(JsonObject json, String type) {
        JsonValue t = json.get("type");
        if (t instanceof JsonArray a)
            return a.stream().anyMatch(v -> v.toString().equals("\"" + type + "\""));
        return t != null && t.toString().equals("\"" + type + "\"");
    }

    private static @Nullable Instant instant(JsonObject json, String key) {
        try {
            return json.containsKey(key) ? Instant.parse(json.getString(key)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
