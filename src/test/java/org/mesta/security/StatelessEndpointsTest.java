package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;
import static org.mesta.SignedIn.LEARNER;
import static org.mesta.SignedIn.PROVIDER;
import static org.mesta.SignedIn.as;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeApplication;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public API, feeds, hosted badges and sitemaps answer without a session (#17: any app node answers them) and
 * still carry the security headers; the API paths that ask who is signed in keep reading it from the browser's
 * session and keep refusing everyone else.
 */
@SpringBootTest
@ActiveProfiles("test")
class StatelessEndpointsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    BadgeApplicationService applications;

    @Autowired
    BadgeService badges;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void public_endpoints_create_no_session_and_keep_the_security_headers() throws Exception {
        for (String path : new String[] {
            "/api/health",
            "/api/opportunities.geojson?city=ljubljana&bbox=14.40,46.00,14.62,46.11",
            "/api/cities/ljubljana/opportunities.ics",
            "/api/opportunities/999999/image.jpg",
            "/ob/v3/status/999999",
            "/robots.txt",
            "/sitemap.xml"
        }) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            MockHttpServletResponse response = result.getResponse();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(response.getHeader("Set-Cookie")).as(path).isNull();
            // Their own chain: not even a CSRF token is prepared (Vaadin's chain prepares one for every request).
            assertThat(result.getRequest().getAttribute(CsrfToken.class.getName()))
                    .as(path)
                    .isNull();
            assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("default-src 'self'");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
        assertThat(mvc.perform(get("/api/health")).andReturn().getResponse().getContentAsString())
                .contains("ok");
    }

    @Test
    void evidence_files_still_go_to_the_applicant_through_the_session_and_to_no_one_else() throws Exception {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        as(users, LEARNER);
        BadgeApplication app =
                applications.apply(b.getId(), "Nastopil sem.", null, "%PDF-1.4 dokazilo".getBytes(), "dokazilo.pdf");
        SecurityContextHolder.clearContext();
        String evidence = "/api/applications/" + app.getId() + "/evidence";

        MockHttpServletResponse mine =
                mvc.perform(get(evidence).session(session(LEARNER))).andReturn().getResponse();
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString()).isEqualTo("%PDF-1.4 dokazilo");
        assertThat(status(get(evidence).session(session(AMBASSADOR)))).isEqualTo(404);
        assertThat(status(get(evidence))).isEqualTo(404);
    }

    @Test
    void a_draft_badge_image_is_shown_to_its_organisations_provider_through_the_session_only() throws Exception {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge draft = badges.create(org, BadgeDesign.standard());
        badges.save(draft.getId(), draft.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        SecurityContextHolder.clearContext();
        String image = "/api/badges/" + draft.getId() + "/image.png";

        assertThat(status(get(image).session(session(PROVIDER)))).isEqualTo(200);
        assertThat(status(get(image).session(session(LEARNER)))).isEqualTo(404);
        assertThat(status(get(image))).isEqualTo(404);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** A browser's session after signing in: the security context where Spring Security keeps it. */
    private MockHttpSession session(String email) {
        UserDetails user = users.loadUserByUsername(email);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        return session;
    }
}
