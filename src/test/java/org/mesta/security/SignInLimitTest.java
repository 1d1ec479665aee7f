package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.RateLimits;
import org.mesta.base.RateLimitsTestAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real sign-in POST (Spring Security's form login) is rate-limited per address and per e-mail. */
@SpringBootTest
@ActiveProfiles("test")
class SignInLimitTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    RateLimits limits;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        RateLimitsTestAccess.forgetAll(limits);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void forget() {
        RateLimitsTestAccess.forgetAll(limits);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String signIn(String address, String email) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", "not the password")
                        .with(csrf())
                        .with(from(address)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void the_sign_in_past_the_limit_for_one_email_is_sent_back_with_the_wait_from_any_address() throws Exception {
        for (int i = 0; i < RateLimits.Action.SIGN_IN.perAccount(); i++) {
            assertThat(signIn("198.51.100." + i, "nobody.here@example.org")).endsWith("/login?error");
        }
        assertThat(signIn("198.51.100.77", "Nobody.Here@example.org")).matches(".*/login\\?limited=\\d+");
        assertThat(signIn("198.51.100.77", "someone.else@example.org")).endsWith("/login?error");
    }

    @Test
    void the_sign_in_past_the_limit_from_one_address_is_sent_back_before_any_password_is_checked() throws Exception {
        for (int i = 0; i < RateLimits.Action.SIGN_IN.perAddress(); i++) {
            assertThat(signIn("203.0.113.50", "guess" + i + "@example.org")).endsWith("/login?error");
        }
        assertThat(signIn("203.0.113.50", "learner@mesta.example")).matches(".*/login\\?limited=\\d+");
        assertThat(signIn("203.0.113.51", "guess@example.org")).endsWith("/login?error");
    }
}
