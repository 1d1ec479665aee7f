package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The wallet's downloads of an award, served anonymously (a verifier has no account) with the right types. */
@SpringBootTest
@ActiveProfiles("test")
class AwardDownloadsTest {

    @Autowired
    AwardService awards;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @Autowired
    OpenBadgesEndpoints endpoints;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void baked_images_and_both_open_badges_json_download_with_their_content_types() throws Exception {
        as(users, PROVIDER);
        Award a = awards.award(BadgeTestData.published(badges).getId(), List.of("prenos@example.org"), "sl")
                .getFirst();
        SecurityContextHolder.clearContext();
        MockMvc http = MockMvcBuilders.standaloneSetup(endpoints).build();
        String id = a.getPublicId();

        MvcResult png = http.perform(get("/api/awards/" + id + "/badge.png"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(png.getResponse().getHeader("Content-Disposition")).contains("attachment");
        assertThat(Bytes.isPng(png.getResponse().getContentAsByteArray())).isTrue();

        MvcResult svg = http.perform(get("/api/awards/" + id + "/badge.svg"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(svg.getResponse().getContentType()).startsWith("image/svg+xml");
        assertThat(svg.getResponse().getContentAsString()).contains("openbadges:assertion");

        MvcResult ob2 = http.perform(get("/ob/v2/assertions/" + id))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(ob2.getResponse().getContentType()).startsWith("application/ld+json");
        assertThat(ob2.getResponse().getContentAsString())
                .contains("\"Assertion\"")
                .doesNotContain("prenos@");

        MvcResult ob3 = http.perform(get("/ob/v3/credentials/" + id))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(ob3.getResponse().getContentType()).startsWith("application/ld+json");
        assertThat(ob3.getResponse().getContentAsString()).contains("OpenBadgeCredential", "proof");

        http.perform(get("/api/awards/no-such-award/badge.png")).andExpect(status().isNotFound());
    }
}
