package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/** Invitations to roles and organisations: who may send them, and what accepting one gives. */
class InvitationServiceTest extends AccountTests {

    @Test
    void city_admin_invites_a_moderator_who_accepts_and_gets_the_role_in_that_city() {
        as(users, CITY_ADMIN);
        invitationService.invite(
                new InvitationDraft("new.moderator@example.org", Role.MODERATOR, ljubljana(), null, null),
                Locale.ENGLISH);
        SecurityContextHolder.clearContext();
        String token = "known-token-moderator";
        Invitation invitation = invitations.findAll().stream()
                .filter(i -> i.getEmail().equals("new.moderator@example.org"))
                .findFirst()
                .orElseThrow();
        replaceToken(invitation, token);
        Account account = invitationService.acceptInvitation(token, "Mo Derator", "a good long password");
        assertThat(account.getRoles()).containsExactly(Role.MODERATOR);
        assertThat(account.getCityId()).isEqualTo(ljubljana());
        // The invitation reached this address by mail: accepting it confirms the address.
        assertThat(account.isEmailConfirmed()).isTrue();
        assertThatThrownBy(() -> invitationService.acceptInvitation(token, "Again", "a good long password"))
                .isInstanceOf(UserError.class)
                .hasMessage("invitation.error.invalid-link");
    }

    @Test
    void a_provider_invitation_makes_the_person_a_member_of_the_organisation() {
        as(users, CITY_ADMIN);
        long orgId = cities.organisationsOfCity(ljubljana()).getFirst().getId();
        invitationService.invite(
                new InvitationDraft(
                        "new.provider@example.org", Role.PROVIDER, ljubljana(), orgId, OrganisationRole.ISSUER),
                Locale.ENGLISH);
        SecurityContextHolder.clearContext();
        Invitation invitation = invitations.findAll().stream()
                .filter(i -> i.getEmail().equals("new.provider@example.org"))
                .findFirst()
                .orElseThrow();
        replaceToken(invitation, "known-token-provider");
        Account account =
                invitationService.acceptInvitation("known-token-provider", "Pro Vider", "a good long password");
        as(users, "new.provider@example.org");
        assertThat(MestaUser.require().organisationIds()).containsExactly(orgId);
        assertThat(accounts.myMemberships())
                .singleElement()
                .satisfies(m -> assertThat(m.getRole()).isEqualTo(OrganisationRole.ISSUER));
        assertThat(account.getRoles()).containsExactly(Role.PROVIDER);
    }

    @Test
    void city_admins_cannot_appoint_city_admins_nor_invite_into_other_cities() {
        as(users, CITY_ADMIN);
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        assertThatThrownBy(() -> invitationService.invite(
                        new InvitationDraft("x@example.org", Role.CITY_ADMIN, ljubljana(), null, null), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitationService.invite(
                        new InvitationDraft("x@example.org", Role.MODERATOR, maribor, null, null), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.searchPeople(maribor, "", PageRequest.of(0, 100)))
                .allMatch(a -> ljubljana() == a.getCityId());
    }

    @Test
    void network_admin_appoints_a_city_admin() {
        as(users, NETWORK_ADMIN);
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        invitationService.invite(
                new InvitationDraft("maribor.admin@example.org", Role.CITY_ADMIN, maribor, null, null),
                Locale.forLanguageTag("sl"));
        assertThat(invitationService.openInvitations(maribor))
                .extracting(Invitation::getEmail)
                .contains("maribor.admin@example.org");
    }

    @Test
    void learners_and_other_roles_cannot_invite() {
        for (String who : new String[] {LEARNER, PROVIDER, AMBASSADOR, MODERATOR}) {
            as(users, who);
            assertThatThrownBy(() -> invitationService.invite(
                            new InvitationDraft("x@example.org", Role.MODERATOR, ljubljana(), null, null),
                            Locale.ENGLISH))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** The emailed token is random; tests swap in a known one (the database keeps only hashes anyway). */
    private void replaceToken(Invitation invitation, String token) {
        ReflectionTestUtils.setField(invitation, "tokenHash", Tokens.hash(token));
        invitations.saveAndFlush(invitation);
    }
}
