package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;

/** Each change that takes something away from a person ends their other sessions, through the real SessionGuard. */
@SpringBootTest
@ActiveProfiles("test")
class SessionsFollowTheAccountTest {

    private static final String PASSWORD = "long enough pw";

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitationService;

    @Autowired
    MembershipService membershipService;

    @Autowired
    PasswordResetService passwordResets;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository repository;

    @Autowired
    InvitationRepository invitations;

    @Autowired
    PasswordResetRepository resets;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_removed_role_ends_the_persons_sessions() {
        Account person = person("role.removed@example.org", Role.AMBASSADOR);
        MestaUser elsewhere = signIn(person);
        assertThat(ended(elsewhere)).as("nothing changed yet").isFalse();
        as(users, CITY_ADMIN);
        accounts.revokeRole(person.getId(), Role.AMBASSADOR);
        assertThat(ended(elsewhere)).isTrue();
        assertThat(ended(signIn(person)))
                .as("signing in again works, without the role")
                .isFalse();
        assertThat(signIn(person).roles()).doesNotContain(Role.AMBASSADOR);
    }

    @Test
    void a_removed_membership_ends_the_members_sessions_and_only_organisation_admins_remove() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Account member = person("member.removed@example.org", Role.PROVIDER);
        as(users, CITY_ADMIN);
        accounts.addMember(org, member.getId(), OrganisationRole.EDITOR);
        MestaUser elsewhere = signIn(member);
        assertThat(elsewhere.editsFor(org)).isTrue();

        as(users, "editor@mesta.example");
        assertThatThrownBy(() -> membershipService.removeMember(org, member.getId()))
                .isInstanceOf(AccessDeniedException.class);
        as(users, "issuer@mesta.example");
        assertThatThrownBy(() -> membershipService.removeMember(org, member.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ended(elsewhere)).isFalse();

        as(users, PROVIDER);
        membershipService.removeMember(org, member.getId());
        assertThat(ended(elsewhere)).isTrue();
        assertThat(signIn(member).organisationIds()).doesNotContain(org);
    }

    @Test
    void the_last_admin_of_an_organisation_stays() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        long me = MestaUser.require().accountId();
        assertThatThrownBy(() -> membershipService.removeMember(org, me))
                .isInstanceOf(UserError.class)
                .hasMessage("organisation.error.last-admin");
        assertThatThrownBy(() -> membershipService.changeMemberRole(org, me, OrganisationRole.EDITOR))
                .isInstanceOf(UserError.class)
                .hasMessage("organisation.error.last-admin");
    }

    @Test
    void a_lowered_member_role_ends_the_sessions_and_the_organisation_admin_changes_it() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Account member = person("member.lowered@example.org", Role.PROVIDER);
        as(users, CITY_ADMIN);
        accounts.addMember(org, member.getId(), OrganisationRole.ADMIN);
        MestaUser elsewhere = signIn(member);
        as(users, PROVIDER);
        membershipService.changeMemberRole(org, member.getId(), OrganisationRole.ISSUER);
        assertThat(ended(elsewhere)).isTrue();
        assertThat(signIn(member).issuesFor(org)).isTrue();
        assertThat(signIn(member).editsFor(org)).isFalse();
    }

    @Test
    void a_changed_city_ends_the_other_sessions_but_not_the_one_that_accepted() {
        Account learner = learner("city.changer@example.org");
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        MestaUser elsewhere = signIn(learner);
        String token = invite("city.changer@example.org", Role.AMBASSADOR, maribor);
        as(users, "city.changer@example.org");
        invitationService.acceptInvitation(token, null, null);
        assertThat(repository.findById(learner.getId()).orElseThrow().getCityId())
                .isEqualTo(maribor);
        assertThat(ended(elsewhere)).isTrue();
        MestaUser here = MestaUser.require();
        assertThat(here.roles()).contains(Role.AMBASSADOR);
        assertThat(here.cityId()).isEqualTo(maribor);
        assertThat(ended(here))
                .as("the accepting session took the new roles and stays")
                .isFalse();
    }

    @Test
    void an_invitation_to_another_city_never_carries_someones_roles_there() {
        Account moderator = person("two.cities@example.org", Role.MODERATOR);
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        String token = invite("two.cities@example.org", Role.AMBASSADOR, maribor);
        as(users, "two.cities@example.org");
        assertThatThrownBy(() -> invitationService.acceptInvitation(token, null, null))
                .isInstanceOf(UserError.class)
                .hasMessage("invitation.error.other-city");
        Account after = repository.findById(moderator.getId()).orElseThrow();
        assertThat(after.getCityId()).isEqualTo(ljubljana());
        assertThat(after.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MODERATOR);
    }

    @Test
    void a_changed_password_ends_the_other_sessions_and_keeps_this_one() {
        Account person = learner("password.changer@example.org");
        MestaUser elsewhere = signIn(person);
        as(users, "password.changer@example.org");
        accounts.changePassword(PASSWORD, "a brand new password");
        assertThat(ended(elsewhere)).isTrue();
        assertThat(ended(MestaUser.require())).isFalse();
    }

    @Test
    void a_reset_password_ends_every_session() {
        Account person = learner("password.reset@example.org");
        MestaUser elsewhere = signIn(person);
        resets.saveAndFlush(new PasswordReset(
                repository.findById(person.getId()).orElseThrow(),
                Tokens.hash("known-reset-token"),
                Instant.now().plus(1, ChronoUnit.HOURS)));
        passwordResets.resetPassword("known-reset-token", "a brand new password");
        assertThat(ended(elsewhere)).isTrue();
    }

    @Test
    void a_withdrawn_invitation_cannot_be_accepted_and_says_so() {
        String token = invite("withdrawn@example.org", Role.MODERATOR, ljubljana());
        Invitation invitation = invitations.findByTokenHash(Tokens.hash(token)).orElseThrow();
        as(users, "editor@mesta.example");
        assertThatThrownBy(() -> invitationService.cancelInvitation(invitation.getId()))
                .isInstanceOf(AccessDeniedException.class);
        as(users, CITY_ADMIN);
        invitationService.cancelInvitation(invitation.getId());
        assertThat(invitationService.openInvitations(ljubljana()))
                .extracting(Invitation::getEmail)
                .doesNotContain("withdrawn@example.org");
        SecurityContextHolder.clearContext();
        assertThat(invitationService.findOpenInvitation(token)).isEmpty();
        assertThat(invitationService.invitationCancelled(token)).isTrue();
        assertThatThrownBy(() -> invitationService.acceptInvitation(token, "Late", "a good long password"))
                .isInstanceOf(UserError.class)
                .hasMessage("invitation.error.invalid-link");
    }

    /** Runs the real guard over a session signed in as this user; true when it ended the session. */
    private boolean ended(MestaUser user) {
        var previous = SecurityContextHolder.getContext();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            new SessionGuard(repository).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return session.isInvalid() && SecurityContextHolder.getContext().getAuthentication() == null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private MestaUser signIn(Account account) {
        return (MestaUser) users.loadUserByUsername(account.getEmail());
    }

    private Account person(String email, Role role) {
        as(users, NETWORK_ADMIN);
        Account a = accounts.createAccount(
                email, "Test Person", PASSWORD, ljubljana(), "en", EnumSet.of(Role.LEARNER, role));
        SecurityContextHolder.clearContext();
        return a;
    }

    private Account learner(String email) {
        as(users, NETWORK_ADMIN);
        Account a =
                accounts.createAccount(email, "Test Learner", PASSWORD, ljubljana(), "en", EnumSet.of(Role.LEARNER));
        SecurityContextHolder.clearContext();
        return a;
    }

    private String invite(String email, Role role, long city) {
        as(users, NETWORK_ADMIN);
        invitationService.invite(new InvitationDraft(email, role, city, null, null), Locale.ENGLISH);
        Invitation invitation = invitations.findAll().stream()
                .filter(i -> i.getEmail().equals(email))
                .findFirst()
                .orElseThrow();
        String token = "known-token-" + email;
        ReflectionTestUtils.setField(invitation, "tokenHash", Tokens.hash(token));
        invitations.saveAndFlush(invitation);
        SecurityContextHolder.clearContext();
        return token;
    }

    private long ljubljana() {
        return cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }
}
