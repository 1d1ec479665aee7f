package org.mesta.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learning pathway of a city, run by an organisation or (null) city-wide by the city's admins. The working copy is
 * what its organisers edit; the published copy is what everyone sees, replaced only when a moderator approves a
 * revision — so a published pathway never disappears while its edit waits.
 */
@Entity
public class Pathway extends AbstractEntity {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Long cityId;
    private @Nullable Long organisationId;

    @Enumerated(EnumType.STRING)
    private PathwayStatus status;

    private String content;
    private @Nullable String publishedContent;
    private @Nullable String decisionReason;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant publishedAt;

    protected Pathway() {}

    Pathway(long cityId, @Nullable Long organisationId, long createdBy, Instant now) {
        this.cityId = cityId;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.status = PathwayStatus.DRAFT;
        this.content = JSON.writeValueAsString(PathwayContent.EMPTY);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public PathwayContent content() {
        return JSON.readValue(content, PathwayContent.class);
    }

    public Optional<PathwayContent> published() {
        return Optional.ofNullable(publishedContent).map(c -> JSON.readValue(c, PathwayContent.class));
    }

    void edit(PathwayContent changed, Instant now) {
        this.content = JSON.writeValueAsString(changed);
        this.status = PathwayStatus.DRAFT;
        this.updatedAt = now;
    }

    void submit(Instant now) {
        this.status = PathwayStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** A moderator's decision; approval makes the working copy the published one. */
    void decide(PathwayStatus decision, @Nullable String reason, Instant now) {
        this.status = decision;
        this.decisionReason = reason;
        this.updatedAt = now;
        if (decision == PathwayStatus.PUBLISHED) {
            this.publishedContent = content;
            this.publishedAt = now;
        }
    }

    public boolean isPublic() {
        return publishedContent != null;
    }

    public Long getCityId() {
        return cityId;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public PathwayStatus getStatus() {
        return status;
    }

    public @Nullable String getDecisionReason() {
        return decisionReason;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }
}
