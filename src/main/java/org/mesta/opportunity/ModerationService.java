package org.mesta.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.opportunity.OpportunityEvents.OpportunityDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators of a city: the queue of submitted opportunities, their decisions (an approval publishes), and what
 * a revision is compared with. The working copy itself is read through OpportunityService.get/preview.
 */
@Service
public class ModerationService {

    private final OpportunityRepository opportunities;
    private final PublishedOpportunityRepository published;
    private final ModerationDecisionRepository decisions;
    private final WorkingCopies working;
    private final Publication publication;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(
            OpportunityRepository opportunities,
            PublishedOpportunityRepository published,
            ModerationDecisionRepository decisions,
            WorkingCopies working,
            Publication publication,
            ApplicationEventPublisher events,
            Clock clock) {
        this.opportunities = opportunities;
        this.published = published;
        this.decisions = decisions;
        this.working = working;
        this.publication = publication;
        this.events = events;
        this.clock = clock;
    }

    /** Submitted opportunities of the moderator's own city, oldest first. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public List<Opportunity> queue(OpportunityType type, Pageable pageable) {
        Long city = MestaUser.require().cityId();
        if (city == null) {
            return List.of();
        }
        return opportunities.queue(city, Status.SUBMITTED, type, pageable).getContent();
    }

    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional
    public Opportunity decide(long id, long version, Status decision, String reason) {
        MestaUser moderator = MestaUser.require();
        Opportunity o = opportunities.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (!o.getCityId().equals(moderator.cityId())) {
            throw new AccessDeniedException("opportunity of another city");
        }
        if (o.getVersion() != version || o.getStatus() != Status.SUBMITTED) {
            // Another moderator decided first (or the provider withdrew it): say so, change nothing.
            throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
        }
        if (decision != Status.APPROVED && (reason == null || reason.isBlank())) {
            throw new UserError("moderation.error.reason-required");
        }
        if (reason != null && reason.strip().length() > OpportunityRules.MAX_REASON) {
            throw new UserError("error.too-long");
        }
        Instant now = clock.instant();
        o.decide(decision, reason == null || reason.isBlank() ? null : reason.trim(), now);
        opportunities.saveAndFlush(o);
        decisions.save(new ModerationDecision(
                id, moderator.accountId(), moderator.displayName(), decision, o.getDecisionReason(), now));
        if (decision == Status.APPROVED) {
            publication.publish(o, now);
        }
        events.publishEvent(new OpportunityDecided(
                id,
                o.getOrganisationId(),
                o.title(working.city(o).getDefaultLanguage()),
                decision,
                o.getDecisionReason()));
        return o;
    }

    /** The currently published version (for moderators: to compare a revision with). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PublicOpportunity> publishedVersion(long id) {
        working.readable(id);
        return published.findById(id).map(publication::read);
    }

    /** The opportunity's decisions, newest first, for its providers and the city's moderators. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ModerationDecision> decisions(long id) {
        working.readable(id);
        return decisions.findByOpportunityIdOrderByDecidedAtDesc(id);
    }
}
