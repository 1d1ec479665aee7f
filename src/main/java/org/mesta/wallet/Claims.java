package org.mesta.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a badge brought from elsewhere says about itself: its name, its issuer's name and its date. Claims only:
 * the wallet shows them beside the verdict, which says how far they are proven.
 *
 * @param badgeName  empty when the badge does not say
 * @param issuerName empty when the badge does not say
 */
record Claims(String badgeName, String issuerName, @Nullable Instant issuedOn) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Reads an Open Badges 3.0 credential, or a 2.0 assertion with its badge class and issuer, embedded or among
     * the hosted documents fetched while checking it (by address).
     */
    static Claims of(String received, Map<String, String> fetched) {
        JsonNode root;
        try {
            root = JSON.readTree(received);
        } catch (RuntimeException e) {
            return new Claims("", "", null);
        }
        if (root.has("credentialSubject") || root.has("proof")) {
            JsonNode achievement = root.path("credentialSubject").path("achievement");
            String name = text(achievement.path("name"));
            JsonNode issuer = root.path("issuer");
            return new Claims(
                    name.isEmpty() ? text(root.path("name")) : name,
                    issuer.isObject() ? text(issuer.path("name")) : "",
                    instant(text(root.has("validFrom") ? root.path("validFrom") : root.path("issuanceDate"))));
        }
        JsonNode badge = document(root.path("badge"), fetched);
        JsonNode issuer = document(badge.path("issuer"), fetched);
        return new Claims(text(badge.path("name")), text(issuer.path("name")), instant(text(root.path("issuedOn"))));
    }

    private static JsonNode document(JsonNode node, Map<String, String> fetched) {
        if (node.isObject()) return node;
        String body = node.isString() ? fetched.get(node.asString()) : null;
        if (body == null) return JSON.createObjectNode();
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    /** A short single-line text: a claim is shown, never trusted to be well-behaved. */
    static String text(JsonNode node) {
        String s = node.isString() ? node.asString() : "";
        s = s.replaceAll("\\p{Cntrl}", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static @Nullable Instant instant(String s) {
        if (s.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            try {
                return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }
}
