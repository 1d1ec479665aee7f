package org.mesta.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.mesta.map.MapSettings;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The browser-side limits on every response. Vaadin's bootstrap page and components use inline scripts and
 * styles, so 'unsafe-inline' stays. 'unsafe-eval' stays too, even in production: Flow's client (FlowClient.js,
 * 25.2) runs every server-side executeJs/callJsFunction through {@code new Function(...)}, which components use
 * all the time (grid, notifications, our map: MapIT times out without it); there is no hook to replace it yet
 * (vaadin/flow#10759). What the policy does take away: scripts, styles, fonts and connections to anywhere but
 * us, plugins, framing, and form posts or base URLs elsewhere. Map tiles are the one thing loaded from another origin: the configured
 * XYZ tile server (whose {a-c} sub-domain becomes a wildcard). No page may use the camera or microphone.
 */
final class SecurityHeaders {

    private SecurityHeaders() {}

    /**
     * Writes the headers before the request goes on, not when the response commits (Spring Security's default):
     * Vaadin serves its pages through a servlet forward, after which Tomcat commits the response itself and
     * lazily written headers never arrive. Written first, they also keep Vaadin from adding its own
     * X-Frame-Options. Spring Security's own header writer still adds the rest (cache control, HSTS) and
     * leaves these alone, as they are already present.
     */
    static HeaderWriterFilter filter(MapSettings map) {
        return new EagerHeaderWriterFilter(List.of(
                new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy(map.tileUrl())),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY),
                new XContentTypeOptionsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)));
    }

    static final String PERMISSIONS_POLICY =
            "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /** Its own class, so OncePerRequestFilter does not mistake it for Spring Security's header filter and skip one. */
    private static final class EagerHeaderWriterFilter extends HeaderWriterFilter {
        EagerHeaderWriterFilter(List<HeaderWriter> writers) {
            super(writers);
            setShouldWriteHeadersEagerly(true);
        }
    }

    static String contentSecurityPolicy(String tileUrl) {
        String tiles = tileOrigin(tileUrl);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                // OpenLayers' WebGL heat map (the admins' activity density) builds its buffers in a worker from a blob
                + "worker-src 'self' blob:; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (tiles.isEmpty() ? "" : " " + tiles) + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** {@code https://{a-c}.tile.example.org/{z}/{x}/{y}.png} → {@code https://*.tile.example.org}; "" if unusable. */
    static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        int schemeEnd = tileUrl.indexOf("://");
        if (schemeEnd < 0) {
            return "";
        }
        String scheme = tileUrl.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "";
        }
        String rest = tileUrl.substring(schemeEnd + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String[] labels = authority.split("\\.", -1);
        if (labels.length > 1 && labels[0].contains("{")) {
            labels[0] = "*";
        }
        String host = String.join(".", labels);
        if (!host.matches("[A-Za-z0-9.*:\\-\\[\\]]+") || host.contains("{")) {
            return "";
        }
        try {
            URI.create(scheme + "://" + host.replace("*", "x"));
        } catch (IllegalArgumentException e) {
            return "";
        }
        return scheme + "://" + host;
    }
}
