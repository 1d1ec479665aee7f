package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mails of the data-rights tests from GreenMail: the newest to an address, and the token in its link. */
final class RightsMail {

    private RightsMail() {}

    static MimeMessage to(GreenMail smtp, String address) {
        MimeMessage[] found = new MimeMessage[1];
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            var mails = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .toList();
            if (mails.isEmpty()) return false;
            found[0] = mails.getLast();
            return true;
        });
        return found[0];
    }

    static String body(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(MimeMessage mail, String path) {
        String body = body(mail);
        Matcher m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
