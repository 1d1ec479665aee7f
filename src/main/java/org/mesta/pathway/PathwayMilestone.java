package org.mesta.pathway;

import jakarta.persistence.Entity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/** The milestone badge of a pathway, awarded to one learner: one row per learner and pathway, ever (unique key). */
@Entity
class PathwayMilestone extends AbstractEntity {

    private Long pathwayId;
    private Long accountId;
    private @Nullable String awardPublicId;
    private Instant awardedAt;

    protected PathwayMilestone() {}

    PathwayMilestone(long pathwayId, long accountId, Instant now) {
        this.pathwayId = pathwayId;
        this.accountId = accountId;
        this.awardedAt = now;
    }

    void awarded(String publicId) {
        this.awardPublicId = publicId;
    }

    Long getPathwayId() {
        return pathwayId;
    }

    @Nullable String getAwardPublicId() {
        return awardPublicId;
    }

    Instant getAwardedAt() {
        return awardedAt;
    }
}
