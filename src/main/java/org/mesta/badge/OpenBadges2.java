package org.mesta.badge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mesta.city.Organisation;

/** Open Badges 2.0 hosted documents: Issuer profile, BadgeClass and Assertion, at their id URLs. */
final class OpenBadges2 {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private final String base;

    OpenBadges2(String baseUrl) {
        this.base = baseUrl.replaceAll("/+$", "");
    }

    String issuerId(long organisationId) {
        return base + "/ob/v2/issuers/" + organisationId;
    }

    String badgeId(long badgeId) {
        return base + "/ob/v2/badges/" + badgeId;
    }

    /** The badge class as it reads in one language (the endpoint answers {@code ?lang=}). */
    String badgeId(long badgeId, String language) {
        return badgeId(badgeId) + "?lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }

    String assertionId(String publicId) {
        return base + "/ob/v2/assertions/" + publicId;
    }

    String imageUrl(long badgeId, String language) {
        return base + "/api/badges/" + badgeId + "/image.png?size=512&lang=" + language;
    }

    Map<String, Object> issuer(Organisation org) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("type", "Issuer");
        m.put("id", issuerId(org.getId()));
        m.put("name", org.getName());
        m.put("url", base + "/cities/" + org.getCity().getSlug());
        if (org.getContactEmail() != null) m.put("email", org.getContactEmail());
        return m;
    }

    Map<String, Object> badgeClass(Badge b, String language, Function<String, String> tagLabel) {
        BadgeTexts t = b.texts(language);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("type", "BadgeClass");
        m.put("id", badgeId(b.getId()));
        m.put("name", t.name());
        m.put("description", t.description());
        m.put("image", imageUrl(b.getId(), language));
        Map<String, Object> criteria = new LinkedHashMap<>();
        if (b.getCriteriaUrl() != null) criteria.put("id", b.getCriteriaUrl());
        criteria.put("narrative", t.criteria());
        m.put("criteria", criteria);
        m.put("issuer", issuerId(b.getOrganisationId()));
        if (!b.getTags().isEmpty())
            m.put("tags", b.getTags().stream().map(tagLabel).toList());
        List<Map<String, Object>> alignments = new ArrayList<>();
        for (Alignment a : b.alignments()) {
            Map<String, Object> al = new LinkedHashMap<>();
            al.put("targetName", a.name());
            al.put("targetUrl", a.url());
            if (a.code() != null && !a.code().isBlank()) al.put("targetCode", a.code());
            alignments.add(al);
        }
        if (!alignments.isEmpty()) m.put("alignment", alignments);
        return m;
    }

    Map<String, Object> assertion(Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("type", "Assertion");
        m.put("id", assertionId(a.getPublicId()));
        m.put(
                "recipient",
                Map.of("type", "email", "hashed", true, "salt", a.getSalt(), "identity", a.getRecipientHash()));
        m.put("badge", badgeId(a.getBadgeId()));
        m.put("verification", Map.of("type", "hosted"));
        m.put("issuedOn", iso(a.getIssuedAt()));
        if (a.getExpiresAt() != null) m.put("expires", iso(a.getExpiresAt()));
        m.put("image", imageUrl(a.getBadgeId(), a.getLanguage()));
        if (a.getEvidenceNarrative() != null) m.put("evidence", Map.of("narrative", a.getEvidenceNarrative()));
        return m;
    }

    Map<String, Object> revoked(Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("id", assertionId(a.getPublicId()));
        m.put("revoked", true);
        m.put("revocationReason", a.getRevocationReason() == null ? "" : a.getRevocationReason());
        return m;
    }

    static String iso(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
