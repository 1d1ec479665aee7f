package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** An organisation's admins manage its members: they invite into it and withdraw invitations; editors and issuers do not. */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationMembersTest {

    @Autowired
    InvitationService invitationService;

    @Autowired
    MembershipService membershipService;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_organisation_admin_invites_into_their_organisation_only_and_withdraws_the_invitation() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        long city = cities.findOrganisation(org).orElseThrow().getCity().getId();
        long otherOrg = cities.organisationsOfCity(city).stream()
                .map(o -> o.getId())
                .filter(id -> id != org)
                .findFirst()
                .orElseThrow();

        invitationService.invite(
                new InvitationDraft("new.editor@example.org", Role.PROVIDER, city, org, OrganisationRole.EDITOR),
                Locale.ENGLISH);
        Invitation invitation = invitationService.openInvitationsOf(org).stream()
                .filter(i -> i.getEmail().equals("new.editor@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(invitation.getOrganisationRole()).isEqualTo(OrganisationRole.EDITOR);

        assertThatThrownBy(() -> invitationService.invite(
                        new InvitationDraft("x@example.org", Role.PROVIDER, city, otherOrg, OrganisationRole.ADMIN),
                        Locale.ENGLISH))
                .as("another organisation")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitationService.invite(
                        new InvitationDraft("x@example.org", Role.MODERATOR, city, org, null), Locale.ENGLISH))
                .as("a city role")
                .isInstanceOf(AccessDeniedException.class);

        for (String member : new String[] {"editor@mesta.example", "issuer@mesta.example"}) {
            as(users, member);
            assertThatThrownBy(() -> invitationService.invite(
                            new InvitationDraft("x@example.org", Role.PROVIDER, city, org, OrganisationRole.ADMIN),
                            Locale.ENGLISH))
                    .as(member)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitationService.openInvitationsOf(org))
                    .as(member)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitationService.cancelInvitation(invitation.getId()))
                    .as(member)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> membershipService.changeMemberRole(
                            org, MestaUser.require().accountId(), OrganisationRole.ADMIN))
                    .as(member)
                    .isInstanceOf(AccessDeniedException.class);
        }

        as(users, PROVIDER);
        invitationService.cancelInvitation(invitation.getId());
        assertThat(invitationService.openInvitationsOf(org))
                .extracting(Invitation::getEmail)
                .doesNotContain("new.editor@example.org");
    }
}
