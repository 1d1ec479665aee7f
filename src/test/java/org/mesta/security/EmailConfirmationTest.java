package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.MyBadgesService;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Awards made to an address reach an account once the address is confirmed; a new address is confirmed first. */
class EmailConfirmationTest extends AccountTests {

    @Autowired
    GreenMail smtp;

    @Autowired
    EmailConfirmationService confirmation;

    @Autowired
    AwardService awards;

    @Autowired
    BadgeService badges;

    @Autowired
    BadgeApplicationService applications;

    @Autowired
    MyBadgesService myBadges;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void awards_made_to_an_unconfirmed_address_stay_hidden_until_it_is_confirmed() throws Exception {
        registration.register(learner("unconfirmed@example.org", 20, null));
        String token = RightsMail.token(RightsMail.to(smtp, "unconfirmed@example.org"), "/confirm-email?token=");
        long badge = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        Award toAddress = as(users, PROVIDER, () -> awards.award(badge, List.of("unconfirmed@example.org"), "en"))
                .getFirst();

        as(users, "unconfirmed@example.org");
        assertThat(myBadges.mine()).extracting(Award::getPublicId).doesNotContain(toAddress.getPublicId());
        assertThat(myBadges.learnerBadges(5).held()).isZero();
        // Awards made to the account itself (its own application) are theirs at once.
        long other = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        as(users, "unconfirmed@example.org");
        var application = applications.apply(other, "My evidence.", null, null, null);
        Award byAccount =
                as(users, PROVIDER, () -> applications.approve(application.getId(), application.getVersion()));
        as(users, "unconfirmed@example.org");
        assertThat(myBadges.mine()).extracting(Award::getPublicId).containsExactly(byAccount.getPublicId());

        SecurityContextHolder.clearContext();
        assertThat(confirmation.confirm(token)).isEqualTo(EmailConfirmationService.Outcome.CONFIRMED);
        as(users, "unconfirmed@example.org");
        assertThat(myBadges.mine())
                .extracting(Award::getPublicId)
                .contains(toAddress.getPublicId(), byAccount.getPublicId());
        assertThatThrownBy(() -> confirmation.confirm(token))
                .isInstanceOf(UserError.class)
                .hasMessage("confirm.error.invalid-link");
    }

    @Test
    void sending_the_confirmation_again_at_once_is_refused() throws Exception {
        registration.register(learner("resend@example.org", 20, null));
        RightsMail.to(smtp, "resend@example.org");
        as(users, "resend@example.org");
        assertThatThrownBy(confirmation::resendConfirmation).hasMessage("rights.error.too-many-mails");
    }

    @Test
    void a_new_address_takes_effect_only_when_its_link_is_followed_and_the_old_one_is_told() throws Exception {
        as(users, NETWORK_ADMIN);
        accounts.createAccount("mover@example.org", "Mover", "long enough pw", ljubljana(), "en", Set.of());
        as(users, "mover@example.org");
        assertThatThrownBy(() -> confirmation.requestEmailChange("moved@example.org", "wrong password"))
                .hasMessage("account.error.wrong-password");
        assertThatThrownBy(() -> confirmation.requestEmailChange(LEARNER, "long enough pw"))
                .hasMessage("register.error.email-taken");
        confirmation.requestEmailChange("Moved@Example.org", "long enough pw");
        MimeMessage link = RightsMail.to(smtp, "moved@example.org");
        assertThat(link.getSubject()).isEqualTo("Confirm your new e-mail for Mesta");
        assertThat(RightsMail.body(RightsMail.to(smtp, "mover@example.org"))).contains("moved@example.org");
        assertThat(repository.findByEmail("mover@example.org")).isPresent();

        String token = RightsMail.token(link, "/confirm-email?token=");
        assertThat(confirmation.confirm(token)).isEqualTo(EmailConfirmationService.Outcome.CHANGED);
        assertThat(repository.findByEmail("mover@example.org")).isEmpty();
        Account moved = repository.findByEmail("moved@example.org").orElseThrow();
        assertThat(moved.isEmailConfirmed()).isTrue();
        assertThatThrownBy(() -> confirmation.confirm(token)).hasMessage("confirm.error.invalid-link");
    }

    @Test
    void changing_an_address_needs_a_signed_in_person() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> confirmation.requestEmailChange("x@example.org", "pw"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(confirmation::resendConfirmation)
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
