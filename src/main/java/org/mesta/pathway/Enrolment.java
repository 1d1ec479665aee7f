package org.mesta.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/** A learner following a pathway; the next step and completion are kept for the organiser's figures. */
@Entity
@Table(name = "pathway_enrolment")
public class Enrolment extends AbstractEntity {

    private Long pathwayId;
    private Long accountId;
    private Instant enrolledAt;
    private @Nullable Integer nextStep;
    private @Nullable Instant completedAt;

    protected Enrolment() {}

    Enrolment(long pathwayId, long accountId, Instant now) {
        this.pathwayId = pathwayId;
        this.accountId = accountId;
        this.enrolledAt = now;
    }

    void progressed(@Nullable Integer nextStep, @Nullable Instant completedAt) {
        this.nextStep = nextStep;
        if (this.completedAt == null) this.completedAt = completedAt;
    }

    public Long getPathwayId() {
        return pathwayId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public @Nullable Integer getNextStep() {
        return nextStep;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }
}
