package org.mesta.security;

import org.mesta.base.UserError;
import org.springframework.stereotype.Component;

/**
 * The one rule about an organisation's roles, for everyone who hands them out (members admin, invitations, city
 * admins): the last admin stays admin, so that someone can always manage the members.
 */
@Component
class MemberRoles {

    private final MembershipRepository memberships;

    MemberRoles(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** Makes the account a member with this role, or changes the role it has. */
    void join(long organisationId, Account account, OrganisationRole role) {
        memberships
                .findByOrganisationIdAndAccountId(organisationId, account.getId())
                .ifPresentOrElse(
                        m -> change(m, role), () -> memberships.save(new Membership(organisationId, account, role)));
    }

    void change(Membership member, OrganisationRole role) {
        if (member.getRole() == OrganisationRole.ADMIN
                && role != OrganisationRole.ADMIN
                && memberships.countByOrganisationIdAndRole(member.getOrganisationId(), OrganisationRole.ADMIN) <= 1) {
            throw new UserError("organisation.error.last-admin");
        }
        member.changeRole(role);
    }
}
