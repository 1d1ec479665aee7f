package org.mesta.pathway;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.UserError;
import org.mesta.opportunity.PublicOpportunity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds a published opportunity's session and makes its row on the first join, in a transaction of its own: when
 * many join at once, one insert wins and the others find its row, then all queue on its lock.
 */
@Component
class JoiningSessions {

    private final JoiningSessionRepository sessions;
    private final TransactionTemplate own;

    JoiningSessions(JoiningSessionRepository sessions, PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The meeting of the opportunity that starts then, or a refusal. */
    static PublicOpportunity.Meeting meeting(PublicOpportunity o, Instant start) {
        return o.meetings().stream()
                .filter(m -> start.equals(m.startsAt()))
                .findFirst()
                .orElseThrow(() -> new UserError("joining.error.no-session"));
    }

    static String title(PublicOpportunity o) {
        return o.texts("").title();
    }

    /**
     * Makes the session's row when it is new, in a transaction of its own (call it outside any other, so one join
     * never holds two connections).
     */
    void ensure(PublicOpportunity o, Instant start) {
        PublicOpportunity.Meeting m = meeting(o, start);
        if (sessions.findByOpportunityIdAndStartsAt(o.id(), start).isEmpty()) {
            try {
                own.executeWithoutResult(t -> sessions.saveAndFlush(
                        new JoiningSession(o.id(), start, m.endsAt(), o.organisationId(), title(o))));
            } catch (DataIntegrityViolationException someoneElseMadeIt) {
                // another join made the row a moment ago: it is there to lock
            }
        }
    }

    /** The session's row (see {@link #ensure}), locked until the caller's transaction ends. */
    JoiningSession lock(PublicOpportunity o, Instant start) {
        PublicOpportunity.Meeting m = meeting(o, start);
        JoiningSession s = sessions.lockByOpportunityIdAndStartsAt(o.id(), start)
                .orElseThrow(() -> new UserError("joining.error.no-session"));
        s.refresh(m.endsAt(), title(o));
        return s;
    }

    Optional<JoiningSession> find(long opportunityId, Instant start) {
        return sessions.findByOpportunityIdAndStartsAt(opportunityId, start);
    }

    @Nullable JoiningSession lockExisting(long opportunityId, Instant start) {
        return sessions.lockByOpportunityIdAndStartsAt(opportunityId, start).orElse(null);
    }
}
