package org.mesta.badge;

import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/**
 * An organisation vouches for another organisation's badge with a short comment. Hosted as an Open Badges 2.0
 * Endorsement and signed as a 3.0 EndorsementCredential with the endorser's key; withdrawing it sets its bit in
 * the endorser's status list, so every verifier sees it, and frees the pair for a new endorsement.
 */
@Entity
public class Endorsement extends AbstractEntity {

    private String publicId;
    private Long organisationId;
    private Long badgeId;
    private Long badgeOrganisationId;
    private String comment;
    private String language;
    private Long endorsedBy;
    private Instant issuedAt;
    private @Nullable Instant withdrawnAt;
    private @Nullable Integer statusIndex;
    /** The signed Open Badges 3.0 EndorsementCredential (JSON). */
    private String credential;
    /** "organisation:badge" while active, null once withdrawn: the unique index allows one active per pair. */
    private @Nullable String activeKey;

    protected Endorsement() {}

    Endorsement(long organisationId, Badge badge, String comment, String language, long endorsedBy, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.badgeId = badge.getId();
        this.badgeOrganisationId = badge.getOrganisationId();
        this.comment = comment;
        this.language = language;
        this.endorsedBy = endorsedBy;
        this.issuedAt = now;
        this.activeKey = organisationId + ":" + badge.getId();
    }

    void listAt(int index) {
        this.statusIndex = index;
    }

    void sign(String credential) {
        this.credential = credential;
    }

    void withdraw(Instant now) {
        this.withdrawnAt = now;
        this.activeKey = null;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public String getPublicId() {
        return publicId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getBadgeId() {
        return badgeId;
    }

    public Long getBadgeOrganisationId() {
        return badgeOrganisationId;
    }

    public String getComment() {
        return comment;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    @Nullable Integer getStatusIndex() {
        return statusIndex;
    }

    String getCredential() {
        return credential;
    }
}
