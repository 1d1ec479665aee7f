package org.mesta.badge;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Verification.Status;

/**
 * Open Badges 2.0 hosted verification of another issuer's assertion: the issuer's own copy, fetched from the
 * assertion's id, is what counts. It must be an assertion living at that id, say what a copy brought says, point
 * to a badge class and an issuer profile, and the issuer's id must share the assertion's origin (the issuer
 * hosts it). Nothing signs a hosted assertion, and Mesta does not know the issuer: the best verdict is "issued by
 * an issuer Mesta does not know", with the issuer's id as the one who vouches.
 */
final class HostedAssertion {

    private HostedAssertion() {}

    static Verification check(
            String url, @Nullable JsonObject brought, OpenBadgesService.Fetcher fetch, String email, Instant now) {
        OpenBadgesService.Hosted answer = fetch.get(url);
        if (answer.status() == 410) return Verification.of(Status.REVOKED);
        if (answer.status() != 200) return Verification.of(Status.NOT_VERIFIABLE);
        JsonObject a = parse(answer.body());
        if (a == null || !url.equals(a.getString("id", ""))) return Verification.of(Status.NOT_VERIFIABLE);
        if (brought != null && !same(brought, a)) return Verification.of(Status.TAMPERED);
        if (a.getBoolean("revoked", false)) return Verification.of(Status.REVOKED);
        JsonObject badge = document(a.get("badge"), fetch);
        JsonObject issuer = badge == null ? null : document(badge.get("issuer"), fetch);
        if (badge == null || issuer == null) return Verification.of(Status.NOT_VERIFIABLE);
        String issuerId = issuer.getString("id", "");
        if (!sameOrigin(url, issuerId)) return Verification.of(Status.NOT_VERIFIABLE);
        Instant issuedOn = instant(a, "issuedOn");
        Instant expires = instant(a, "expires");
        Status status = expires != null && expires.isBefore(now) ? Status.EXPIRED : Status.UNKNOWN_ISSUER;
        return new Verification(
                status,
                "2.0",
                null,
                badge.getString("name", ""),
                issuedOn,
                expires,
                recipient(a, email),
                null,
                issuerId);
    }

    /** The brought copy and the hosted one name the same recipient, badge and day. */
    private static boolean same(JsonObject brought, JsonObject hosted) {
        return String.valueOf(brought.get("recipient")).equals(String.valueOf(hosted.get("recipient")))
                && idOf(brought.get("badge")).equals(idOf(hosted.get("badge")))
                && brought.getString("issuedOn", "").equals(hosted.getString("issuedOn", ""));
    }

    /** An embedded document, or the one its link names (fetched under the caller's rules). */
    private static @Nullable JsonObject document(@Nullable JsonValue v, OpenBadgesService.Fetcher fetch) {
        if (v instanceof JsonObject o) return o;
        if (!(v instanceof JsonString s) || !s.getString().startsWith("http")) return null;
        OpenBadgesService.Hosted answer = fetch.get(s.getString());
        return answer.status() == 200 ? parse(answer.body()) : null;
    }

    private static String idOf(@Nullable JsonValue v) {
        if (v instanceof JsonString s) return s.getString();
        return v instanceof JsonObject o ? o.getString("id", "") : "";
    }

    static boolean sameOrigin(String a, String b) {
        try {
            URI x = URI.create(a);
            URI y = URI.create(b);
            return x.getHost() != null
                    && x.getScheme().equalsIgnoreCase(y.getScheme())
                    && x.getHost().equalsIgnoreCase(y.getHost())
                    && x.getPort() == y.getPort();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the assertion names this address: hashed with its salt (sha256 only) or in plain. */
    private static @Nullable Boolean recipient(JsonObject a, String email) {
        if (email == null || email.isBlank() || !(a.get("recipient") instanceof JsonObject r)) return null;
        if (!"email".equals(r.getString("type", "email"))) return null;
        String identity = r.getString("identity", "");
        if (!r.getBoolean("hashed", false)) return identity.strip().equalsIgnoreCase(email.strip());
        if (!identity.toLowerCase(Locale.ROOT).startsWith("sha256$")) return null;
        return Award.hash(email, r.getString("salt", "")).equalsIgnoreCase(identity);
    }

    private static @Nullable JsonObject parse(String body) {
        try {
            return DataIntegrity.parse(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static @Nullable Instant instant(JsonObject json, String key) {
        try {
            return json.containsKey(key)
                    ? OffsetDateTime.parse(json.getString(key)).toInstant()
                    : null;
        } catch (RuntimeException e) {
            try {
                return LocalDate.parse(json.getString(key))
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }
}
