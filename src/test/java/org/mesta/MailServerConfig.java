package org.mesta;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real SMTP server (GreenMail) for every test context, on the port application-test.properties names
 * ({@code MESTA_TEST_SMTP_PORT}, so that two checkouts can run their tests side by side).
 * One shared bean instead of a per-class extension keeps a single Spring context for all tests.
 */
@Configuration
public class MailServerConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(@Value("${spring.mail.port}") int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
