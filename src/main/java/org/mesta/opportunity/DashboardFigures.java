package org.mesta.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the workspaces' dashboards show of opportunities: counts and a few rows (the reading is in Workload). */
@Service
public class DashboardFigures {

    /** A published opportunity's next start, with its title in the reader's language. */
    public record Dated(long opportunityId, String title, Instant at) {}

    /** One moderation decision of the city, newest first on the moderator's workspace. */
    public record Decided(long opportunityId, String title, Status decision, String moderator, Instant at) {}

    public record CityCounts(long published, long waiting) {
        public static final CityCounts NONE = new CityCounts(0, 0);
    }

    public record ProviderWork(Map<Status, Long> counts, List<Dated> upcoming) {}

    public record ModeratorWork(long waiting, List<Opportunity> oldest, List<Decided> decisions) {}

    private final Workload workload;
    private final ModerationService moderation;
    private final Clock clock;

    DashboardFigures(Workload workload, ModerationService moderation, Clock clock) {
        this.workload = workload;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** The provider's opportunities by status (not archived) and the next starts of their published ones. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public ProviderWork providerWork(String language, int limit) {
        Set<Long> orgs = MestaUser.require().organisationIds();
        return new ProviderWork(
                workload.countsByStatus(orgs), workload.upcoming(orgs, clock.instant(), language, limit));
    }

    /** The moderator's city: how many wait, the oldest few, and the latest decisions. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public ModeratorWork moderatorWork(String language, int limit) {
        Long city = MestaUser.require().cityId();
        if (city == null) {
            return new ModeratorWork(0, List.of(), List.of());
        }
        return new ModeratorWork(
                workload.waiting(city),
                moderation.queue(null, PageRequest.of(0, limit)),
                workload.recentDecisions(city, language, limit));
    }

    /** Published and waiting opportunities per city: every city for network admins, their own for city admins. */
    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, CityCounts> cityCounts() {
        MestaUser me = MestaUser.require();
        Map<Long, CityCounts> all = workload.perCity();
        if (me.has(Role.NETWORK_ADMIN)) {
            return all;
        }
        return me.cityId() == null ? Map.of() : Map.of(me.cityId(), all.getOrDefault(me.cityId(), CityCounts.NONE));
    }
}
