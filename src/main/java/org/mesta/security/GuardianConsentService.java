package org.mesta.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's consent for a learner under the age of digital consent. The guardian's mailed link opens a public
 * page: agreeing works once and within the link's validity; the same link withdraws the consent later (the mailed
 * link stays the guardian's proof), which limits the account again and tells the learner.
 */
@Service
public class GuardianConsentService {

    /** What the consent page shows about the request. */
    public enum State {
        WAITING,
        AGREED,
        WITHDRAWN,
        /** Too old or a newer request replaced it: the learner can ask again. */
        EXPIRED
    }

    public record ConsentRequest(String learnerName, String language, State state, LocalDate until) {}

    private final AccountTokenRepository tokens;
    private final AccountRepository accounts;
    private final AccountLinks links;
    private final Clock clock;

    GuardianConsentService(AccountTokenRepository tokens, AccountRepository accounts, AccountLinks links, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    /** Anonymous on purpose: the guardian has no account; the mailed token is the proof. Empty for unknown tokens. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ConsentRequest> request(String token) {
        return find(token).map(t -> {
            Account a = t.getAccount();
            return new ConsentRequest(
                    a.getDisplayName(), a.getPreferredLanguage(), state(t), a.getGuardianNeededUntil());
        });
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void agree(String token) {
        AccountToken t = find(token).orElseThrow(() -> new UserError("consent.error.invalid-link"));
        if (state(t) != State.WAITING) throw new UserError("consent.error.invalid-link");
        Instant now = clock.instant();
        t.use(now);
        t.getAccount().guardianAgreed(now);
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void withdraw(String token) {
        AccountToken t = find(token).orElseThrow(() -> new UserError("consent.error.invalid-link"));
        if (state(t) != State.AGREED) throw new UserError("consent.error.invalid-link");
        Account account = t.getAccount();
        account.guardianWithdrew(clock.instant());
        links.tellLearner(account, "mail.guardian-withdrawn");
    }

    /** The learner asks their guardian again (the first mail got lost, expired, or consent was withdrawn). */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void askAgain() {
        Account account = accounts.findById(MestaUser.require().accountId()).orElseThrow();
        if (!account.isLimited()) return;
        links.sendGuardianRequest(account);
    }

    private Optional<AccountToken> find(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return tokens.findByTokenHash(Tokens.hash(token)).filter(t -> t.getKind() == AccountToken.Kind.GUARDIAN);
    }

    /** Only the newest request counts: an older link can neither agree nor withdraw. */
    private State state(AccountToken t) {
        Account a = t.getAccount();
        boolean newest = tokens.findFirstByAccountIdAndKindOrderByCreatedAtDesc(a.getId(), AccountToken.Kind.GUARDIAN)
                .map(n -> n.getId().equals(t.getId()))
                .orElse(false);
        if (!newest) return State.EXPIRED;
        if (t.used()) return a.getGuardianConsentAt() != null ? State.AGREED : State.WITHDRAWN;
        return t.usableAt(clock.instant()) ? State.WAITING : State.EXPIRED;
    }
}
