package org.mesta.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/**
 * A session someone joined: one meeting of a published opportunity, named by the opportunity and its start. Made on
 * the first join; joins lock its row, so places are counted one join at a time on every app node.
 */
@Entity
@Table(name = "joining_session")
public class JoiningSession extends AbstractEntity {

    private long opportunityId;
    private Instant startsAt;
    private @Nullable Instant endsAt;
    private @Nullable Long organisationId;
    private String title;
    private @Nullable Instant awardedAt;

    protected JoiningSession() {}

    JoiningSession(
            long opportunityId,
            Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable Long organisationId,
            String title) {
        this.opportunityId = opportunityId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.organisationId = organisationId;
        this.title = title.length() > 255 ? title.substring(0, 255) : title;
    }

    /** Keeps the published title and end (a revision may have changed them). */
    void refresh(@Nullable Instant endsAt, String title) {
        this.endsAt = endsAt;
        this.title = title.length() > 255 ? title.substring(0, 255) : title;
    }

    void awarded(Instant at) {
        awardedAt = at;
    }

    /** When it is over: its end, else (no end given) two hours after it started. */
    public Instant over() {
        return endsAt != null ? endsAt : startsAt.plusSeconds(7200);
    }

    public long getOpportunityId() {
        return opportunityId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public @Nullable Instant getEndsAt() {
        return endsAt;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable Instant getAwardedAt() {
        return awardedAt;
    }
}
