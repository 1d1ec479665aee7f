package org.mesta.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.mesta.base.AbstractEntity;

/** A person's place in an organisation. Organisations are referenced by id to keep features apart. */
@Entity
public class Membership extends AbstractEntity {

    private Long organisationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private OrganisationRole role;

    protected Membership() {}

    Membership(long organisationId, Account account, OrganisationRole role) {
        this.organisationId = organisationId;
        this.account = account;
        this.role = role;
    }

    /** A changed role may take rights away: the member's sessions end (the role is read at sign-in). */
    void changeRole(OrganisationRole role) {
        if (this.role != role) {
            this.role = role;
            account.endSessions();
        }
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Account getAccount() {
        return account;
    }

    public OrganisationRole getRole() {
        return role;
    }
}
