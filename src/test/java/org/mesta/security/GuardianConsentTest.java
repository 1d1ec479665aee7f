package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.UserError;
import org.mesta.security.GuardianConsentService.State;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Under the age of digital consent a guardian agrees by a mailed link; until then the account is limited. */
class GuardianConsentTest extends AccountTests {

    @Autowired
    GreenMail smtp;

    @Autowired
    GuardianConsentService consent;

    @Autowired
    BadgeApplicationService applications;

    @Autowired
    BadgeService badges;

    @Autowired
    AccountTokenRepository tokens;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void the_guardian_agrees_through_the_mailed_link_once_and_the_limit_ends() throws Exception {
        long badge = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        registration.register(learner("minor.one@example.org", 13, "parent.one@example.org"));
        MimeMessage mail = RightsMail.to(smtp, "parent.one@example.org");
        // In the learner's language (the test learner registers in Slovenian), naming how to withdraw.
        assertThat(mail.getSubject()).isEqualTo("Test Learner te prosi za soglasje za uporabo Mesta");
        assertThat(RightsMail.body(mail)).contains("prekličeš");
        String token = RightsMail.token(mail, "/consent/");

        assertThat(repository.findByEmail("minor.one@example.org").orElseThrow().isLimited())
                .isTrue();
        assertThat(consent.request(token).orElseThrow().state()).isEqualTo(State.WAITING);
        as(users, "minor.one@example.org");
        assertThatThrownBy(() -> applications.apply(badge, "I did it.", null, null, null))
                .isInstanceOf(UserError.class)
                .hasMessage("rights.apply.limited");
        signOut();

        consent.agree(token);
        assertThat(repository.findByEmail("minor.one@example.org").orElseThrow().isLimited())
                .isFalse();
        assertThat(consent.request(token).orElseThrow().state()).isEqualTo(State.AGREED);
        assertThatThrownBy(() -> consent.agree(token)).hasMessage("consent.error.invalid-link");
        as(users, "minor.one@example.org");
        assertThat(applications.apply(badge, "I did it.", null, null, null).getId())
                .isNotNull();
    }

    @Test
    void withdrawing_limits_the_account_again_and_tells_the_learner() throws Exception {
        registration.register(learner("minor.two@example.org", 12, "parent.two@example.org"));
        String token = RightsMail.token(RightsMail.to(smtp, "parent.two@example.org"), "/consent/");
        assertThatThrownBy(() -> consent.withdraw(token)).hasMessage("consent.error.invalid-link");
        consent.agree(token);
        consent.withdraw(token);
        Account minor = repository.findByEmail("minor.two@example.org").orElseThrow();
        assertThat(minor.isLimited()).isTrue();
        assertThat(minor.getGuardianWithdrawnAt()).isNotNull();
        assertThat(consent.request(token).orElseThrow().state()).isEqualTo(State.WITHDRAWN);
        assertThat(RightsMail.to(smtp, "minor.two@example.org").getSubject())
                .isEqualTo("Tvoj starš ali skrbnik je preklical soglasje");
    }

    @Test
    void asking_again_replaces_the_old_link_and_is_rate_limited() throws Exception {
        registration.register(learner("minor.three@example.org", 13, "parent.three@example.org"));
        String first = RightsMail.token(RightsMail.to(smtp, "parent.three@example.org"), "/consent/");
        Account minor = repository.findByEmail("minor.three@example.org").orElseThrow();
        // The one-a-minute pause: pretend the first request is older by issuing the next one directly.
        tokens.save(new AccountToken(
                minor,
                AccountToken.Kind.GUARDIAN,
                Tokens.hash("newer-token"),
                null,
                Instant.now().plusSeconds(1),
                Instant.now().plusSeconds(3600)));
        assertThat(consent.request(first).orElseThrow().state()).isEqualTo(State.EXPIRED);
        assertThatThrownBy(() -> consent.agree(first)).hasMessage("consent.error.invalid-link");
        as(users, "minor.three@example.org");
        assertThatThrownBy(consent::askAgain).isInstanceOf(UserError.class).hasMessage("rights.error.too-many-mails");
        consent.agree("newer-token");
        assertThat(repository
                        .findByEmail("minor.three@example.org")
                        .orElseThrow()
                        .isLimited())
                .isFalse();
    }

    @Test
    void an_expired_or_unknown_link_agrees_to_nothing() {
        registration.register(learner("minor.four@example.org", 13, "parent.four@example.org"));
        Account minor = repository.findByEmail("minor.four@example.org").orElseThrow();
        tokens.save(new AccountToken(
                minor,
                AccountToken.Kind.GUARDIAN,
                Tokens.hash("expired-token"),
                null,
                Instant.now().plusSeconds(5),
                Instant.now().minusSeconds(1)));
        assertThat(consent.request("expired-token").orElseThrow().state()).isEqualTo(State.EXPIRED);
        assertThatThrownBy(() -> consent.agree("expired-token")).hasMessage("consent.error.invalid-link");
        assertThat(consent.request("made-up")).isEmpty();
        assertThatThrownBy(() -> consent.agree("made-up")).hasMessage("consent.error.invalid-link");
        assertThat(repository
                        .findByEmail("minor.four@example.org")
                        .orElseThrow()
                        .isLimited())
                .isTrue();
    }

    @Test
    void only_a_learner_asks_their_guardian_again() {
        as(users, PROVIDER);
        assertThatThrownBy(consent::askAgain).isInstanceOf(AccessDeniedException.class);
    }
}
