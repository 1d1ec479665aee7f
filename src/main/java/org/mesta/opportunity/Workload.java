package org.mesta.opportunity;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * What the workspaces count and list of opportunities: grouped counts and a few rows each, never every row,
 * so a dashboard stays as cheap with ten thousand opportunities as with ten.
 */
@Component
class Workload {

    private final WorkloadQueries queries;

    Workload(WorkloadQueries queries) {
        this.queries = queries;
    }

    Map<Status, Long> countsByStatus(Collection<Long> organisations) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) counts.put(s, 0L);
        if (!organisations.isEmpty()) {
            for (Object[] row : queries.statusCounts(organisations)) counts.put((Status) row[0], (Long) row[1]);
        }
        return counts;
    }

    List<DashboardFigures.Dated> upcoming(Collection<Long> organisations, Instant now, String language, int limit) {
        if (organisations.isEmpty()) return List.of();
        return queries.upcoming(organisations, now, PageRequest.of(0, limit)).stream()
                .map(p -> new DashboardFigures.Dated(p.getOpportunityId(), title(p, language), p.getStartsAt()))
                .toList();
    }

    long waiting(long cityId) {
        return queries.countByCityIdAndStatusAndArchivedFalse(cityId, Status.SUBMITTED);
    }

    List<DashboardFigures.Decided> recentDecisions(long cityId, String language, int limit) {
        return queries.recentDecisions(cityId, PageRequest.of(0, limit)).stream()
                .map(row -> {
                    ModerationDecision d = (ModerationDecision) row[0];
                    Opportunity o = (Opportunity) row[1];
                    return new DashboardFigures.Decided(
                            o.getId(), o.title(language), d.getDecision(), d.getModeratorName(), d.getDecidedAt());
                })
                .toList();
    }

    /** Per city: published opportunities, and working copies waiting for moderation. */
    Map<Long, DashboardFigures.CityCounts> perCity() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : queries.publishedPerCity())
            counts.computeIfAbsent((Long) row[0], k -> new long[2])[0] = (Long) row[1];
        for (Object[] row : queries.perCityWithStatus(Status.SUBMITTED)) {
            counts.computeIfAbsent((Long) row[0], k -> new long[2])[1] = (Long) row[1];
        }
        Map<Long, DashboardFigures.CityCounts> result = new HashMap<>();
        counts.forEach((city, c) -> result.put(city, new DashboardFigures.CityCounts(c[0], c[1])));
        return result;
    }

    private static String title(PublishedOpportunity p, String language) {
        return new Card(p.getOpportunityId(), null, null, null, null, null, null, false, null, p.getCard())
                .shown(language)
                .title();
    }
}

interface WorkloadQueries extends Repository<Opportunity, Long> {

    @Query("select o.status, count(o) from Opportunity o where o.organisationId in :organisations"
            + " and o.archived = false group by o.status")
    List<Object[]> statusCounts(Collection<Long> organisations);

    @Query("select p from PublishedOpportunity p where p.organisationId in :organisations and p.startsAt >= :now"
            + " order by p.startsAt asc")
    List<PublishedOpportunity> upcoming(Collection<Long> organisations, Instant now, Pageable pageable);

    long countByCityIdAndStatusAndArchivedFalse(Long cityId, Status status);

    @Query("select d, o from ModerationDecision d, Opportunity o where d.opportunityId = o.id and o.cityId = :cityId"
            + " order by d.decidedAt desc")
    List<Object[]> recentDecisions(long cityId, Pageable pageable);

    @Query("select p.cityId, count(p) from PublishedOpportunity p group by p.cityId")
    List<Object[]> publishedPerCity();

    @Query("select o.cityId, count(o) from Opportunity o where o.status = :status and o.archived = false"
            + " group by o.cityId")
    List<Object[]> perCityWithStatus(Status status);
}
