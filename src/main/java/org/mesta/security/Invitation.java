package org.mesta.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.mesta.base.AbstractEntity;
import org.mesta.base.Role;

/** An emailed offer of a role in a city (and, for providers, in an organisation). Only the token's hash is kept. */
@Entity
public class Invitation extends AbstractEntity {

    private String tokenHash;
    private String email;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long cityId;
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private OrganisationRole organisationRole;

    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Instant cancelledAt;

    protected Invitation() {}

    Invitation(
            String tokenHash,
            String email,
            Role role,
            Long cityId,
            Long organisationId,
            OrganisationRole organisationRole,
            Long invitedBy,
            Instant now,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = Account.normalise(email);
        this.role = role;
        this.cityId = cityId;
        this.organisationId = organisationId;
        this.organisationRole = organisationRole;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean openAt(Instant now) {
        return acceptedAt == null && cancelledAt == null && expiresAt.isAfter(now);
    }

    boolean cancelled() {
        return cancelledAt != null;
    }

    void cancel(Instant now) {
        if (acceptedAt == null && cancelledAt == null) {
            cancelledAt = now;
        }
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Long getCityId() {
        return cityId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public OrganisationRole getOrganisationRole() {
        return organisationRole;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
