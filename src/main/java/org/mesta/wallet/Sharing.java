package org.mesta.wallet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.mesta.badge.Award;

/** The addresses a badge of ours is shared and downloaded at, and the texts people paste elsewhere. */
public final class Sharing {

    private Sharing() {}

    /**
     * {@code page}: the award's page; {@code verify}: our verification page, checking its signed credential;
     * {@code linkedIn}: LinkedIn's "add a licence or certification" form, filled in; {@code embed}: HTML showing the
     * badge's picture linking to its page. The rest are downloads (baked images and the Open Badges 2.0 and 3.0
     * JSON), served by the badge feature's public endpoints.
     */
    public record Links(
            String page,
            String verify,
            String linkedIn,
            String embed,
            String png,
            String svg,
            String ob2Json,
            String ob3Json) {}

    static Links links(String baseUrl, WalletService.Item item, String credentialUrl) {
        Award a = item.award();
        String id = a.getPublicId();
        String page = baseUrl + "/awards/" + id;
        return new Links(
                page,
                baseUrl + "/verify?url=" + encode(credentialUrl),
                linkedIn(item.name(), item.issuer(), a.getIssuedAt().atZone(ZoneOffset.UTC), expiry(a), page, id),
                embed(
                        page,
                        baseUrl + "/api/badges/" + a.getBadgeId() + "/image.png?lang=" + a.getLanguage() + "&size=256",
                        item.name() + " – " + item.issuer()),
                baseUrl + "/api/awards/" + id + "/badge.png",
                baseUrl + "/api/awards/" + id + "/badge.svg",
                baseUrl + "/ob/v2/assertions/" + id,
                baseUrl + "/ob/v3/credentials/" + id);
    }

    private static ZonedDateTime expiry(Award a) {
        return a.getExpiresAt() == null ? null : a.getExpiresAt().atZone(ZoneOffset.UTC);
    }

    /**
     * LinkedIn's documented "Add to profile" link for a certification: its name, the issuing organisation, the
     * month it was issued (and expires, if it does), the address that proves it and its id.
     */
    static String linkedIn(
            String name, String organisation, ZonedDateTime issued, ZonedDateTime expires, String url, String id) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("startTask", "CERTIFICATION_NAME");
        p.put("name", name);
        p.put("organizationName", organisation);
        p.put("issueYear", String.valueOf(issued.getYear()));
        p.put("issueMonth", String.valueOf(issued.getMonthValue()));
        if (expires != null) {
            p.put("expirationYear", String.valueOf(expires.getYear()));
            p.put("expirationMonth", String.valueOf(expires.getMonthValue()));
        }
        p.put("certUrl", url);
        p.put("certId", id);
        return "https://www.linkedin.com/profile/add?"
                + p.entrySet().stream()
                        .map(e -> e.getKey() + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    static String embed(String page, String image, String alt) {
        return "<a href=\"" + html(page) + "\"><img src=\"" + html(image) + "\" alt=\"" + html(alt)
                + "\" width=\"160\" height=\"160\"></a>";
    }

    private static String html(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
