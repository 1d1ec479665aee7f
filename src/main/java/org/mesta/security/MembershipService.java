package org.mesta.security;

import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The members of an organisation: who they are, their role in it, leaving it. Invitations bring new ones. */
@Service
public class MembershipService {

    private final MembershipRepository memberships;
    private final CityService cities;
    private final AccountSessions sessions;
    private final MemberRoles roles;

    MembershipService(
            MembershipRepository memberships, CityService cities, AccountSessions sessions, MemberRoles roles) {
        this.memberships = memberships;
        this.cities = cities;
        this.sessions = sessions;
        this.roles = roles;
    }

    /** Members of an organisation: visible to its own members and to whoever administers its city. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Membership> members(long organisationId) {
        MestaUser user = MestaUser.require();
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        if (!user.organisationIds().contains(organisationId)
                && !user.administers(org.getCity().getId())) {
            throw new AccessDeniedException("not a member of organisation " + organisationId);
        }
        return memberships.findByOrganisationIdOrderByAccountDisplayName(organisationId);
    }

    /** Changes a member's role: the organisation's admins, or an admin of its city. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMemberRole(long organisationId, long accountId, OrganisationRole role) {
        Membership member = managedMembership(organisationId, accountId);
        roles.change(member, role);
        sessions.keepThisSession(member.getAccount());
    }

    /**
     * Removes someone from an organisation (the organisation's admins, or an admin of its city); their sessions
     * end. The last admin stays, so that someone can always manage the members.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeMember(long organisationId, long accountId) {
        Membership member = managedMembership(organisationId, accountId);
        if (member.getRole() == OrganisationRole.ADMIN
                && memberships.countByOrganisationIdAndRole(organisationId, OrganisationRole.ADMIN) <= 1) {
            throw new UserError("organisation.error.last-admin");
        }
        memberships.delete(member);
        memberships.flush();
        member.getAccount().endSessions();
        sessions.keepThisSession(member.getAccount());
    }

    /** Whether the signed-in person may change the members of this organisation (for the views). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean managesMembers(long organisationId) {
        MestaUser user = MestaUser.require();
        return user.managesMembersOf(organisationId)
                || cities.findOrganisation(organisationId)
                        .map(o -> user.administers(o.getCity().getId()))
                        .orElse(false);
    }

    private Membership managedMembership(long organisationId, long accountId) {
        if (!managesMembers(organisationId)) {
            throw new AccessDeniedException("may not manage the members of organisation " + organisationId);
        }
        return memberships
                .findByOrganisationIdAndAccountId(organisationId, accountId)
                .orElseThrow(() -> new UserError("error.not-found"));
    }
}
