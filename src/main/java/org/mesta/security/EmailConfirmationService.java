package org.mesta.security;

import java.time.Clock;
import java.time.Instant;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming an e-mail address: awards made to an address reach an account only once it is confirmed, and a
 * change of address happens only when the new one answers the link sent to it.
 */
@Service
public class EmailConfirmationService {

    /** What a followed link did, for the page that opened it. */
    public enum Outcome {
        CONFIRMED,
        CHANGED
    }

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final AccountLinks links;
    private final AccountSessions sessions;
    private final PasswordEncoder encoder;
    private final Clock clock;

    EmailConfirmationService(
            AccountRepository accounts,
            AccountTokenRepository tokens,
            AccountLinks links,
            AccountSessions sessions,
            PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.sessions = sessions;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Anonymous on purpose: the mailed token is the proof, whichever browser opens it. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Outcome confirm(String token) {
        Instant now = clock.instant();
        AccountToken link = token == null || token.isBlank()
                ? null
                : tokens.findByTokenHash(Tokens.hash(token))
                        .filter(t -> t.getKind() != AccountToken.Kind.GUARDIAN)
                        .orElse(null);
        if (link == null || !link.usableAt(now)) {
            throw new UserError("confirm.error.invalid-link");
        }
        link.use(now);
        Account account = link.getAccount();
        if (link.getKind() == AccountToken.Kind.CONFIRM_EMAIL) {
            account.confirmEmail(now);
            return Outcome.CONFIRMED;
        }
        String newEmail = Account.normalise(link.getNewEmail());
        if (accounts.findByEmail(newEmail)
                .filter(a -> !a.getId().equals(account.getId()))
                .isPresent()) {
            throw new UserError("register.error.email-taken");
        }
        account.changeEmail(newEmail, now);
        // The address is how the person signs in: their other sessions end, this one (if it is theirs) keeps up.
        account.endSessions();
        sessions.keepThisSession(account);
        return Outcome.CHANGED;
    }

    /** "Send again" on the banner; limited per account (AccountLinks). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void resendConfirmation() {
        Account account = accounts.findById(MestaUser.require().accountId()).orElseThrow();
        if (account.isEmailConfirmed()) return;
        links.sendConfirmation(account);
    }

    /** A new address, proven by the current password; it takes effect when the link mailed to it is followed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void requestEmailChange(String newEmail, String password) {
        Account account = accounts.findById(MestaUser.require().accountId()).orElseThrow();
        if (password == null || !encoder.matches(password, account.getPasswordHash())) {
            throw new UserError("account.error.wrong-password");
        }
        if (newEmail == null || !newEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || newEmail.length() > 255) {
            throw new UserError("error.email");
        }
        String email = Account.normalise(newEmail);
        if (email.equals(account.getEmail())) return;
        if (accounts.existsByEmail(email)) {
            throw new UserError("register.error.email-taken");
        }
        links.sendEmailChange(account, email);
    }
}
