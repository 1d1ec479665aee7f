package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A reset link is a secret: it must point at our configured address even when the request names another host. */
@SpringBootTest
@ActiveProfiles("test")
class MailLinksTest {

    @Autowired
    GreenMail smtp;

    @Autowired
    PasswordResetService passwordResets;

    @Value("${mesta.base-url}")
    String baseUrl;

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void reset_link_uses_the_base_url_even_when_the_host_header_is_an_attacker_s() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/forgot-password");
        request.setServerName("evil.example");
        request.setScheme("https");
        request.addHeader("Host", "evil.example");
        request.addHeader("X-Forwarded-Host", "evil.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        passwordResets.requestPasswordReset("moderator@mesta.example");

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        String body = (String) smtp.getReceivedMessages()[0].getContent();
        assertThat(body).contains(baseUrl + "/reset-password?token=").doesNotContain("evil.example");
    }
}
