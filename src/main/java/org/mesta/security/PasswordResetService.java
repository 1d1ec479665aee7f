package org.mesta.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.mesta.base.Mailer;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A forgotten password: a link by e-mail, usable once within the hour. */
@Service
public class PasswordResetService {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String baseUrl;

    PasswordResetService(
            AccountRepository accounts,
            PasswordResetRepository resets,
            PasswordEncoder encoder,
            Mailer mailer,
            TranslationProvider translations,
            Clock clock,
            @Value("${mesta.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.encoder = encoder;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Anonymous on purpose (whoever forgot their password is not signed in). Always answers the same way, whether
     * or not the address has an account.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(Account.normalise(email)).ifPresent(account -> {
            String token = Tokens.newToken();
            resets.save(new PasswordReset(
                    account, Tokens.hash(token), clock.instant().plus(RESET_VALIDITY)));
            Locale locale = TranslationProvider.locale(account.getPreferredLanguage());
            mailer.send(
                    account.getEmail(),
                    translations.getTranslation("mail.reset.subject", locale),
                    translations.getTranslation(
                            "mail.reset.body",
                            locale,
                            account.getDisplayName(),
                            baseUrl + "/reset-password?token=" + token,
                            RESET_VALIDITY.toMinutes()));
        });
    }

    /** Anonymous on purpose: the e-mailed token is the proof. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(String token, String newPassword) {
        AccountService.checkPassword(newPassword);
        PasswordReset reset = token == null
                ? null
                : resets.findByTokenHash(Tokens.hash(token)).orElse(null);
        if (reset == null || !reset.usableAt(clock.instant())) {
            throw new UserError("reset.error.invalid-link");
        }
        reset.use(clock.instant());
        reset.getAccount().changePassword(encoder.encode(newPassword));
    }
}
