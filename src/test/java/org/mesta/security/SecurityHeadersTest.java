package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.mesta.map.MapSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Every response carries the browser-side limits, public feeds included. */
@SpringBootTest
@ActiveProfiles("test")
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void a_public_response_carries_csp_referrer_permissions_and_nosniff() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
        var response = mvc.perform(get("/api/cities/ljubljana/opportunities.ics"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andReturn()
                .getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "connect-src 'self'",
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval';")
                .doesNotContain("*;");
        assertThat(response.getHeader("Permissions-Policy"))
                .contains("geolocation=(self)", "camera=()", "microphone=()");
    }

    @Test
    void map_tiles_are_allowed_from_the_configured_tile_server_only() {
        String csp = SecurityHeaders.contentSecurityPolicy("https://{a-c}.tile.example.org/{z}/{x}/{y}.png");
        assertThat(csp).contains("img-src 'self' data: blob: https://*.tile.example.org;");
        assertThat(SecurityHeaders.contentSecurityPolicy("")).contains("img-src 'self' data: blob:;");
        assertThat(SecurityHeaders.tileOrigin("https://tiles.example.org:8443/{z}/{x}/{y}.png"))
                .isEqualTo("https://tiles.example.org:8443");
        assertThat(SecurityHeaders.tileOrigin("javascript:alert(1)")).isEmpty();
        assertThat(SecurityHeaders.tileOrigin("https://evil.example; script-src *"))
                .isEmpty();
    }

    @Test
    void openstreetmap_tiles_by_default_are_the_only_images_from_elsewhere() {
        String csp = SecurityHeaders.contentSecurityPolicy(new MapSettings(null, null, null).tileUrl());
        assertThat(csp).contains("img-src 'self' data: blob: https://tile.openstreetmap.org;");
        assertThat(csp.split("tile\\.openstreetmap\\.org", -1))
                .as("allowed for images only")
                .hasSize(2);
        assertThat(csp).contains("connect-src 'self';", "default-src 'self';");
        assertThat(SecurityHeaders.contentSecurityPolicy(new MapSettings("none", null, null).tileUrl()))
                .contains("img-src 'self' data: blob:;")
                .doesNotContain("openstreetmap");
    }
}
