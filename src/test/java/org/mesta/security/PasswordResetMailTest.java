package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;

/** Forgot-password against a real SMTP server (GreenMail, see MailServerConfig) receiving the real message. */
@SpringBootTest
@ActiveProfiles("test")
class PasswordResetMailTest {

    @Autowired
    GreenMail smtp;

    @Value("${mesta.base-url}")
    String baseUrl;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Autowired
    PasswordResetService passwordResets;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void forgotten_password_is_reset_through_the_emailed_link_once() throws Exception {
        passwordResets.requestPasswordReset("LEARNER@mesta.example");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("learner@mesta.example");
        // The demo learner prefers Slovenian, so the mail is in Slovenian.
        assertThat(mail.getSubject()).isEqualTo("Ponastavitev gesla za Mesta");
        String body = (String) mail.getContent();
        Matcher link = Pattern.compile(Pattern.quote(baseUrl + "/reset-password?token=") + "([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = link.group(1);

        passwordResets.resetPassword(token, "my new learner password");
        var auth = authentication
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        "learner@mesta.example", "my new learner password"));
        assertThat(auth.isAuthenticated()).isTrue();
        assertThatThrownBy(() -> passwordResets.resetPassword(token, "another new password"))
                .isInstanceOf(UserError.class)
                .hasMessage("reset.error.invalid-link");
        passwordResets.resetPassword(newToken(), SignedIn.DEMO_PASSWORD);
    }

    @Test
    void unknown_addresses_get_no_mail_and_no_hint() throws Exception {
        passwordResets.requestPasswordReset("nobody@example.org");
        assertThat(smtp.waitForIncomingEmail(1000, 1)).isFalse();
        assertThatThrownBy(() -> passwordResets.resetPassword("made-up-token", "a long new password"))
                .isInstanceOf(UserError.class)
                .hasMessage("reset.error.invalid-link");
    }

    private String newToken() throws Exception {
        // Restores a known password for the other tests sharing this database: a second real reset mail.
        smtp.purgeEmailFromAllMailboxes();
        passwordResets.requestPasswordReset("learner@mesta.example");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher m =
                Pattern.compile("token=([A-Za-z0-9_-]+)").matcher((String) smtp.getReceivedMessages()[0].getContent());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
