package org.mesta.wallet;

import static org.mesta.SignedIn.*;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.Role;
import org.mesta.security.AccountService;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Fixture of the profile tests: new learners of their own (the demo learner's profile stays as the demo made it)
 * and badges awarded to them, accepted and shown as a test needs.
 */
@Component
public class ProfileTests {

    private final AccountService accounts;
    private final BadgeService badges;
    private final AwardService awards;
    private final WalletService wallet;
    private final UserDetailsService users;

    ProfileTests(
            AccountService accounts,
            BadgeService badges,
            AwardService awards,
            WalletService wallet,
            UserDetailsService users) {
        this.accounts = accounts;
        this.badges = badges;
        this.awards = awards;
        this.wallet = wallet;
        this.users = users;
    }

    /** A badge held by a learner: its wallet entry and the award (for its public id). */
    public record Held(long entryId, Award award, Badge badge) {}

    /** A new adult learner's e-mail (signed out afterwards). */
    public String newLearner(String name) {
        long city = as(users, LEARNER, () -> accounts.me().getCityId());
        String email = "profile-" + UUID.randomUUID().toString().substring(0, 8) + "@mesta.example";
        as(
                users,
                NETWORK_ADMIN,
                () -> accounts.createAccount(email, name, DEMO_PASSWORD, city, "en", EnumSet.of(Role.LEARNER)));
        return email;
    }

    /** A new badge awarded to the learner, answered and shown as given; ends signed in as the learner. */
    public Held award(String email, boolean accept, Visibility visibility) {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        Award a = awards.award(b.getId(), List.of(email), "en").getFirst();
        as(users, email);
        long entry = wallet.mine().stream()
                .filter(i -> i.award() != null && i.award().getId().equals(a.getId()))
                .findFirst()
                .orElseThrow()
                .entryId();
        if (accept) wallet.accept(entry);
        wallet.show(entry, visibility);
        return new Held(entry, a, b);
    }
}
