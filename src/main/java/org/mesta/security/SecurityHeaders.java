package org.mesta.security;

import org.mesta.map.MapSettings;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.net.URI;

/**
 * The browser-side limits on every response. Vaadin's bootstrap page and components use inline scripts and
 * styles, so 'unsafe-inline' stays. 'unsafe-eval' stays too, even in production: Flow's client (FlowClient.js,
 * 25.2) runs every server-side executeJs/callJsFunction through {@code new Function(...)}, which components use
 * all the time (grid, notifications, our map); there is no hook to replace it yet (vaadin/flow#10759). What the
 * policy does take away: scripts, styles, fonts and connections to anywhere but us, plugins, framing, and
 * form posts or base URLs elsewhere. Map tiles are the one thing loaded from another origin: the configured
 * XYZ tile server (whose {a-c} sub-domain becomes a wildcard). No page may use the camera or microphone.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> of(MapSettings map) {
        String csp = contentSecurityPolicy(map.tileUrl());
        return headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(
                        "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"));
    }

    static String contentSecurityPolicy(String tileUrl) {
        String tiles = tileOrigin(tileUrl);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
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
        String scheme = tileUrl.substring(0, schemeEnd).toLowerCase(java.util.Locale.ROOT);
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
