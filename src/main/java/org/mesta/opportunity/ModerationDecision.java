package org.mesta.opportunity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.mesta.base.AbstractEntity;

/** The audit trail: who decided what about which opportunity, when and why. Never changed once written. */
@Entity
public class ModerationDecision extends AbstractEntity {

    private Long opportunityId;
    private Long moderatorId;
    private String moderatorName;

    @Enumerated(EnumType.STRING)
    private Status decision;

    private String reason;
    private Instant decidedAt;

    protected ModerationDecision() {}

    ModerationDecision(
            long opportunityId,
            long moderatorId,
            String moderatorName,
            Status decision,
            String reason,
            Instant decidedAt) {
        this.opportunityId = opportunityId;
        this.moderatorId = moderatorId;
        this.moderatorName = moderatorName;
        this.decision = decision;
        this.reason = reason;
        this.decidedAt = decidedAt;
    }

    public String getModeratorName() {
        return moderatorName;
    }

    public Status getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
