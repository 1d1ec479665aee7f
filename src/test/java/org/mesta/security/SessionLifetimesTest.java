package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.DEMO_PASSWORD;
import static org.mesta.SignedIn.LEARNER;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Anonymous sessions are short (a closed tab's session soon frees its memory); signing in lengthens one's own. */
@SpringBootTest
@ActiveProfiles("test")
class SessionLifetimesTest {

    @Autowired
    SessionLifetimes lifetimes;

    AuthenticationManager authenticationManager;

    @Autowired
    void authentication(AuthenticationConfiguration config) throws Exception {
        authenticationManager = config.getAuthenticationManager();
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private MockHttpSession anonymousSessionInThisRequest() {
        MockHttpSession session = new MockHttpSession();
        lifetimes.sessionCreated(new HttpSessionEvent(session));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return session;
    }

    @Test
    void a_new_session_is_anonymous_and_short_and_heartbeats_come_well_within_it() {
        MockHttpSession session = anonymousSessionInThisRequest();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(6 * 60);
        assertThat(lifetimes.anonymousSeconds()).isEqualTo(6 * 60);
    }

    @Test
    void signing_in_gives_the_session_the_full_lifetime() {
        MockHttpSession session = anonymousSessionInThisRequest();
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(LEARNER, DEMO_PASSWORD));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(60 * 60);
    }

    @Test
    void a_wrong_password_leaves_the_session_short() {
        MockHttpSession session = anonymousSessionInThisRequest();
        assertThatThrownBy(() -> authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        "nobody@mesta.example", "not the password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(6 * 60);
    }
}
