package org.mesta.badge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.base.MestaUser;
import org.mesta.security.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of a person's badges: the awards a learner holds and their applications ("my badges"), and the
 * workspaces' short summaries for learners and providers (the reading is in {@link BadgeWork}).
 */
@Service
public class MyBadgesService {

    private final AwardRepository awards;
    private final BadgeApplicationRepository applications;
    private final BadgeWork work;
    private final AccountService accounts;
    private final Clock clock;

    MyBadgesService(
            AwardRepository awards,
            BadgeApplicationRepository applications,
            BadgeWork work,
            AccountService accounts,
            Clock clock) {
        this.accounts = accounts;
        this.awards = awards;
        this.applications = applications;
        this.work = work;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Award> mine() {
        MestaUser me = MestaUser.require();
        return awards.forRecipient(me.accountId(), confirmedEmail(me));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BadgeApplication> myApplications() {
        return applications.findByAccountIdOrderBySubmittedAtDesc(
                MestaUser.require().accountId());
    }

    /** A badge of the provider's organisations with applications waiting for review. */
    public record Waiting(long badgeId, String badgeName, long count) {}

    public record ProviderBadges(List<Waiting> waiting, long issuedThisMonth) {}

    public record LearnerBadges(long held, long waiting, List<MyApplication> latestApplications) {}

    /** One of the learner's applications: which badge (named in the language they applied in), and the answer. */
    public record MyApplication(
            long badgeId, String badgeName, BadgeApplication.Status status, String feedback, Instant submittedAt) {}

    /**
     * Applications waiting in the organisations the provider issues for, and the awards of all their
     * organisations since the first of this month (in the zone given, the reader's).
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public ProviderBadges providerBadges(String language, ZoneId zone, int limit) {
        MestaUser me = MestaUser.require();
        var issuing = me.organisationIds().stream().filter(me::issuesFor).toList();
        Instant monthStart = LocalDate.now(clock.withZone(zone))
                .withDayOfMonth(1)
                .atStartOfDay(zone)
                .toInstant();
        return new ProviderBadges(
                work.waitingApplications(issuing, language, limit), work.issuedSince(me.organisationIds(), monthStart));
    }

    /** The learner's badges held, applications waiting for an answer, and their latest applications. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public LearnerBadges learnerBadges(int limit) {
        MestaUser me = MestaUser.require();
        return work.learner(me.accountId(), confirmedEmail(me), limit);
    }

    /**
     * Awards made to an address become the account's only once the address is confirmed (anyone can register with
     * someone else's address); awards made to the account itself always are.
     */
    private @Nullable String confirmedEmail(MestaUser me) {
        return accounts.me().isEmailConfirmed() ? Award.normalise(me.email()) : null;
    }
}
