package org.mesta.pathway;

import jakarta.persistence.Entity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/** A learner was checked in at one of an opportunity's sessions (heard from the joining side): the step is done. */
@Entity
class PathwayAttendance extends AbstractEntity {

    private Long accountId;
    private Long opportunityId;
    private @Nullable Instant sessionStart;

    protected PathwayAttendance() {}

    PathwayAttendance(long accountId, long opportunityId, @Nullable Instant sessionStart) {
        this.accountId = accountId;
        this.opportunityId = opportunityId;
        this.sessionStart = sessionStart;
    }

    Long getOpportunityId() {
        return opportunityId;
    }

    @Nullable Instant getSessionStart() {
        return sessionStart;
    }
}
