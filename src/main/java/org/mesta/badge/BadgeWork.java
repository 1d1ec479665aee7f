package org.mesta.badge;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/** What the workspaces count of badges: grouped counts and a few rows, never every award or application. */
@Component
class BadgeWork {

    private final BadgeWorkQueries queries;
    private final BadgeRepository badges;

    BadgeWork(BadgeWorkQueries queries, BadgeRepository badges) {
        this.queries = queries;
        this.badges = badges;
    }

    /** Badges with applications waiting for review, the most waiting first. */
    List<MyBadgesService.Waiting> waitingApplications(Collection<Long> organisations, String language, int limit) {
        if (organisations.isEmpty()) return List.of();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : queries.pendingPerBadge(organisations, BadgeApplication.Status.PENDING)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return badges.findAllById(counts.keySet()).stream()
                .map(b ->
                        new MyBadgesService.Waiting(b.getId(), b.texts(language).name(), counts.get(b.getId())))
                .sorted(Comparator.comparingLong(MyBadgesService.Waiting::count)
                        .reversed()
                        .thenComparing(
                                MyBadgesService.Waiting::badgeName, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit)
                .toList();
    }

    long issuedSince(Collection<Long> organisations, Instant since) {
        return organisations.isEmpty() ? 0 : queries.issuedSince(organisations, since);
    }

    MyBadgesService.LearnerBadges learner(long accountId, @Nullable String email, int limit) {
        List<BadgeApplication> latest = queries.latestApplications(accountId, PageRequest.of(0, limit));
        Map<Long, Badge> named = new HashMap<>();
        badges.findAllById(latest.stream()
                        .map(BadgeApplication::getBadgeId)
                        .distinct()
                        .toList())
                .forEach(b -> named.put(b.getId(), b));
        return new MyBadgesService.LearnerBadges(
                queries.countHeld(accountId, email),
                queries.countApplications(accountId, BadgeApplication.Status.PENDING),
                latest.stream()
                        .map(a -> new MyBadgesService.MyApplication(
                                a.getBadgeId(),
                                named.containsKey(a.getBadgeId())
                                        ? named.get(a.getBadgeId())
                                                .texts(a.getLanguage())
                                                .name()
                                        : "",
                                a.getStatus(),
                                a.getFeedback(),
                                a.getSubmittedAt()))
                        .toList());
    }
}

interface BadgeWorkQueries extends Repository<BadgeApplication, Long> {

    @Query("select a.badgeId, count(a) from BadgeApplication a where a.organisationId in :organisations"
            + " and a.status = :status group by a.badgeId")
    List<Object[]> pendingPerBadge(Collection<Long> organisations, BadgeApplication.Status status);

    @Query("select count(a) from Award a where a.organisationId in :organisations and a.issuedAt >= :since")
    long issuedSince(Collection<Long> organisations, Instant since);

    @Query("select count(a) from Award a where (a.recipientAccountId = :account or a.recipientEmail = :email)"
            + " and a.revokedAt is null")
    long countHeld(@Nullable Long account, @Nullable String email);

    @Query("select count(a) from BadgeApplication a where a.accountId = :account and a.status = :status")
    long countApplications(@Nullable Long account, BadgeApplication.Status status);

    @Query("select a from BadgeApplication a where a.accountId = :account order by a.submittedAt desc")
    List<BadgeApplication> latestApplications(@Nullable Long account, Pageable pageable);
}
