package org.mesta.security;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.mesta.base.MestaUser;
import org.springframework.stereotype.Component;

/**
 * The signed-in identity built from an account (at sign-in and after a change), and what a change to one's own
 * account does to this session: it takes the new roles and stays signed in, while the person's other sessions end
 * at their next request (SessionGuard).
 */
@Component
class AccountSessions {

    private final MembershipRepository memberships;
    private final Clock clock;

    AccountSessions(MembershipRepository memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
    }

    MestaUser toUser(Account account) {
        Map<Long, String> orgs = memberships.findByAccountId(account.getId()).stream()
                .collect(Collectors.toMap(
                        Membership::getOrganisationId, m -> m.getRole().name()));
        return new MestaUser(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.getRoles(),
                account.getCityId(),
                orgs,
                account.getPreferredLanguage(),
                account.lockedAt(clock.instant()),
                account.getSessionGeneration());
    }

    /** After a change to an account: when it is the signed-in person's own, this session keeps up with it. */
    void keepThisSession(Account account) {
        if (signedInAs(account)) {
            CurrentSession.replace(toUser(account));
        }
    }

    static boolean signedInAs(Account account) {
        return MestaUser.current().map(u -> u.accountId() == account.getId()).orElse(false);
    }
}
