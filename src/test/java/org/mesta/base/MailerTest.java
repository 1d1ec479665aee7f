package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server a mail goes nowhere; its secret link must not go to the production log either. */
@ExtendWith(OutputCaptureExtension.class)
class MailerTest {

    private static final String SECRET_LINK = "https://mesta.example/reset-password/s3cr3t-t0ken";

    private static Mailer mailer(boolean logBodies) {
        return new Mailer(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "Mesta <no-reply@mesta.example>",
                "",
                logBodies);
    }

    @Test
    void production_without_smtp_logs_who_and_what_kind_but_never_the_reset_link(CapturedOutput output) {
        mailer(false).send("someone@example.org", "Reset your Mesta password", "Open " + SECRET_LINK);

        assertThat(output.getAll())
                .contains("someone@example.org")
                .contains("Reset your Mesta password")
                .doesNotContain("s3cr3t-t0ken");
    }

    @Test
    void demo_build_without_smtp_logs_the_whole_mail_so_a_developer_can_follow_the_link(CapturedOutput output) {
        mailer(true).send("someone@example.org", "Reset your Mesta password", "Open " + SECRET_LINK);

        assertThat(output.getAll()).contains(SECRET_LINK);
    }
}
