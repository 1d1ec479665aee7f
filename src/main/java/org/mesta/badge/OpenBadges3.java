package org.mesta.badge;

import static org.mesta.badge.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mesta.city.Organisation;

/**
 * Open Badges 3.0: each award as an OpenBadgeCredential (VC Data Model 2.0), every collection an array as
 * the 1EdTech schema wants, the recipient only as a salted hash, the issuer as its did:key.
 */
final class OpenBadges3 {

    private final OpenBadges2 urls;
    private final String base;

    OpenBadges3(String baseUrl) {
        this.urls = new OpenBadges2(baseUrl);
        this.base = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Whether an address is under Mesta's base URL, whatever its case or http/https (so what carries it claims
     * to come from Mesta).
     */
    boolean isOurs(String url) {
        String u = withoutScheme(url);
        String b = withoutScheme(base);
        return u.equals(b) || u.startsWith(b + "/") || u.startsWith(b + "?") || u.startsWith(b + "#");
    }

    private static String withoutScheme(String url) {
        return url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
    }

    String credentialUrl(String publicId) {
        return base + "/ob/v3/credentials/" + publicId;
    }

    /**
     * The same achievement in the badge's other languages (OB 3.0 {@code Related}), each under the id its badge
     * class answers in that language ({@code /ob/v2/badges/{id}?lang=sl}).
     */
    JsonArray languageEditions(Badge b, String language) {
        JsonArrayBuilder related = JSON.createArrayBuilder();
        b.texts().entrySet().stream()
                .filter(e ->
                        !e.getKey().equals(language) && !e.getValue().name().isBlank())
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(other -> related.add(JSON.createObjectBuilder()
                        .add("id", urls.badgeId(b.getId(), other))
                        .add("type", JSON.createArrayBuilder().add("Related"))
                        .add("inLanguage", other)));
        return related.build();
    }

    /** @param credentialStatus the award's bit in its organisation's status list; null for none */
    JsonObject credential(
            Award a,
            Badge b,
            Organisation org,
            String issuerDid,
            Function<String, String> tagLabel,
            JsonObject credentialStatus) {
        return credential(a, b, org, issuerDid, tagLabel, credentialStatus, JsonValue.EMPTY_JSON_ARRAY);
    }

    /** @param endorsements signed EndorsementCredentials of the badge, carried in the Achievement's endorsement */
    JsonObject credential(
            Award a,
            Badge b,
            Organisation org,
            String issuerDid,
            Function<String, String> tagLabel,
            JsonObject credentialStatus,
            JsonArray endorsements) {
        BadgeTexts t = b.texts(a.getLanguage());
        JsonObjectBuilder achievement = JSON.createObjectBuilder()
                .add("id", urls.badgeId(b.getId()))
                .add("type", JSON.createArrayBuilder().add("Achievement"))
                .add("name", t.name())
                .add("description", t.description())
                .add("criteria", criteria(b, t))
                .add(
                        "image",
                        JSON.createObjectBuilder()
                                .add("id", urls.imageUrl(b.getId(), a.getLanguage()))
                                .add("type", "Image")
                                .add("caption", t.words().alt()))
                .add("inLanguage", a.getLanguage());
        JsonArray editions = languageEditions(b, a.getLanguage());
        if (!editions.isEmpty()) achievement.add("related", editions);
        if (!b.getTags().isEmpty()) {
            JsonArrayBuilder tags = JSON.createArrayBuilder();
            b.getTags().stream().map(tagLabel).forEach(tags::add);
            achievement.add("tag", tags);
        }
        if (!b.alignments().isEmpty()) {
            JsonArrayBuilder alignments = JSON.createArrayBuilder();
            for (Alignment al : b.alignments()) {
                JsonObjectBuilder x = JSON.createObjectBuilder()
                        .add("type", JSON.createArrayBuilder().add("Alignment"))
                        .add("targetName", al.name())
                        .add("targetUrl", al.url());
                if (al.code() != null && !al.code().isBlank()) x.add("targetCode", al.code());
                alignments.add(x);
            }
            achievement.add("alignment", alignments);
        }
        if (!endorsements.isEmpty()) achievement.add("endorsement", endorsements);
        JsonObjectBuilder subject = JSON.createObjectBuilder()
                .add("type", JSON.createArrayBuilder().add("AchievementSubject"))
                .add(
                        "identifier",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("type", "IdentityObject")
                                        .add("identityHash", a.getRecipientHash())
                                        .add("identityType", "emailAddress")
                                        .add("hashed", true)
                                        .add("salt", a.getSalt())))
                .add("achievement", achievement);
        JsonObjectBuilder issuer = JSON.createObjectBuilder()
                .add("id", issuerDid)
                .add("type", JSON.createArrayBuilder().add("Profile"))
                .add("name", org.getName())
                .add("url", urls.issuerId(org.getId()));
        JsonObjectBuilder credential = JSON.createObjectBuilder()
                .add(
                        "@context",
                        JSON.createArrayBuilder()
                                .add(DataIntegrity.CREDENTIALS_V2)
                                .add(DataIntegrity.OB_V3))
                .add("id", credentialUrl(a.getPublicId()))
                .add(
                        "type",
                        JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", issuer)
                .add("validFrom", OpenBadges2.iso(a.getIssuedAt()))
                .add("name", t.name())
                .add("credentialSubject", subject);
        if (a.getExpiresAt() != null) {
            credential.add("validUntil", OpenBadges2.iso(a.getExpiresAt()));
        }
        if (credentialStatus != null) {
            credential.add("credentialStatus", credentialStatus);
        }
        if (a.getEvidenceNarrative() != null) {
            credential.add(
                    "evidence",
                    JSON.createArrayBuilder()
                            .add(JSON.createObjectBuilder()
                                    .add("type", JSON.createArrayBuilder().add("Evidence"))
                                    .add("narrative", a.getEvidenceNarrative())));
        }
        return credential.build();
    }

    private static JsonObjectBuilder criteria(Badge b, BadgeTexts t) {
        JsonObjectBuilder c = JSON.createObjectBuilder().add("narrative", t.criteria());
        if (b.getCriteriaUrl() != null) c.add("id", b.getCriteriaUrl());
        return c;
    }
}
