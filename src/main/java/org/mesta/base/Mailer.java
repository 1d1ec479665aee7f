package org.mesta.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail through the configured SMTP server. Without one (spring.mail.host unset, as in
 * development) the message is written to the log instead, so a developer can follow reset links — but only
 * when {@code mesta.mail.log-bodies} is on (demo builds). In production a body can hold a secret link (password
 * reset, invitation), and logs travel further than mailboxes, so only the recipient and the subject are logged.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final boolean configured;
    private final boolean logBodies;

    public Mailer(
            ObjectProvider<JavaMailSender> sender,
            @Value("${mesta.mail.from}") String from,
            @Value("${spring.mail.host:}") String host,
            @Value("${mesta.mail.log-bodies:false}") boolean logBodies) {
        this.sender = sender;
        this.from = from;
        this.configured = !host.isBlank();
        this.logBodies = logBodies;
    }

    public void send(String to, String subject, String body) {
        JavaMailSender mail = configured ? sender.getIfAvailable() : null;
        if (mail == null) {
            if (logBodies) {
                log.info("Mail (no SMTP server configured) to {}\nSubject: {}\n\n{}", to, subject, body);
            } else {
                log.warn("Mail not sent (no SMTP server configured) to {}, subject: {}", to, subject);
            }
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
    }
}
