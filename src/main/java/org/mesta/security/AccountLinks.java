package org.mesta.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Mailer;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails the one-time links about an account (confirming an address, a guardian's consent) and keeps them from
 * becoming a way to bother someone's inbox: at most one a minute and five a day per account and kind, counted in
 * the database so every app node sees the same count.
 */
@Component
class AccountLinks {

    static final Duration CONFIRM_VALIDITY = Duration.ofDays(3);
    static final Duration GUARDIAN_VALIDITY = Duration.ofDays(14);
    static final Duration RESEND_PAUSE = Duration.ofMinutes(1);
    static final int PER_DAY = 5;

    private final AccountTokenRepository tokens;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String baseUrl;

    AccountLinks(
            AccountTokenRepository tokens,
            Mailer mailer,
            TranslationProvider translations,
            Clock clock,
            @Value("${mesta.base-url}") String baseUrl) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void sendConfirmation(Account account) {
        String token = issue(account, AccountToken.Kind.CONFIRM_EMAIL, null, CONFIRM_VALIDITY);
        Locale locale = locale(account);
        mailer.send(
                account.getEmail(),
                t("mail.confirm.subject", locale),
                t(
                        "mail.confirm.body",
                        locale,
                        account.getDisplayName(),
                        baseUrl + "/confirm-email?token=" + token,
                        CONFIRM_VALIDITY.toDays()));
    }

    /** The link goes to the new address; the old one is told, so a stolen session cannot move an account quietly. */
    void sendEmailChange(Account account, String newEmail) {
        String token = issue(account, AccountToken.Kind.CHANGE_EMAIL, newEmail, CONFIRM_VALIDITY);
        Locale locale = locale(account);
        mailer.send(
                newEmail,
                t("mail.change.subject", locale),
                t(
                        "mail.change.body",
                        locale,
                        account.getDisplayName(),
                        baseUrl + "/confirm-email?token=" + token,
                        CONFIRM_VALIDITY.toDays()));
        mailer.send(
                account.getEmail(),
                t("mail.change-notice.subject", locale),
                t("mail.change-notice.body", locale, account.getDisplayName(), newEmail));
    }

    /** In the learner's language: the guardian may not read ours, but the learner chose the one their family uses. */
    void sendGuardianRequest(Account account) {
        String guardian = account.getGuardianEmail();
        if (guardian == null) return;
        String token = issue(account, AccountToken.Kind.GUARDIAN, null, GUARDIAN_VALIDITY);
        Locale locale = locale(account);
        mailer.send(
                guardian,
                t("mail.guardian.subject", locale, account.getDisplayName()),
                t(
                        "mail.guardian.body",
                        locale,
                        account.getDisplayName(),
                        account.getEmail(),
                        baseUrl + "/consent/" + token,
                        GUARDIAN_VALIDITY.toDays(),
                        baseUrl + "/privacy"));
    }

    void tellLearner(Account account, String key) {
        Locale locale = locale(account);
        mailer.send(
                account.getEmail(), t(key + ".subject", locale), t(key + ".body", locale, account.getDisplayName()));
    }

    private String issue(Account account, AccountToken.Kind kind, @Nullable String newEmail, Duration validity) {
        Instant now = clock.instant();
        if (account.getId() != null) {
            var last = tokens.findFirstByAccountIdAndKindOrderByCreatedAtDesc(account.getId(), kind);
            if (last.isPresent() && last.get().getCreatedAt().isAfter(now.minus(RESEND_PAUSE))
                    || tokens.countByAccountIdAndKindAndCreatedAtAfter(
                                    account.getId(), kind, now.minus(Duration.ofDays(1)))
                            >= PER_DAY) {
                throw new UserError("rights.error.too-many-mails");
            }
        }
        String token = Tokens.newToken();
        tokens.save(new AccountToken(account, kind, Tokens.hash(token), newEmail, now, now.plus(validity)));
        return token;
    }

    private static Locale locale(Account account) {
        return TranslationProvider.locale(account.getPreferredLanguage());
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
