package org.mesta.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import java.time.Year;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CityService cities;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountRepository repository;
    @Autowired
    InvitationRepository invitations;
    AuthenticationManager authenticationManager;

    @Autowired
    void authentication(org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration config)
            throws Exception {
        authenticationManager = config.getAuthenticationManager();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long ljubljana() {
        return cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    private RegistrationDraft learner(String email, int age, boolean consent) {
        return new RegistrationDraft("Test Learner", email, "long enough pw", ljubljana(), "sl",
                Year.now().getValue() - age, consent, true);
    }

    @Test
    void a_young_person_registers_as_learner_and_can_sign_in() {
        Account account = accounts.register(learner("New.Learner@Example.org", 19, false));
        assertThat(account.getRoles()).containsExactly(Role.LEARNER);
        assertThat(account.getEmail()).isEqualTo("new.learner@example.org");
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("long enough pw");
        var auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("NEW.LEARNER@example.org", "long enough pw"));
        assertThat(((MestaUser) auth.getPrincipal()).roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void emails_are_unique_whatever_their_case() {
        accounts.register(learner("twice@example.org", 20, false));
        assertThatThrownBy(() -> accounts.register(learner("TWICE@example.org", 20, false)))
                .isInstanceOf(UserError.class).hasMessage("register.error.email-taken");
    }

    @Test
    void under_sixteen_needs_guardian_consent() {
        assertThatThrownBy(() -> accounts.register(learner("young@example.org", 14, false)))
                .isInstanceOf(UserError.class).hasMessage("register.error.guardian-consent");
        assertThat(accounts.register(learner("young@example.org", 14, true)).getBirthYear())
                .isEqualTo(Year.now().getValue() - 14);
    }

    @Test
    void privacy_notice_must_be_accepted() {
        RegistrationDraft draft = new RegistrationDraft("X", "privacy@example.org", "long enough pw", ljubljana(), "en",
                1990, false, false);
        assertThatThrownBy(() -> accounts.register(draft)).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(repository.existsByEmail("privacy@example.org")).isFalse();
    }

    @Test
    void repeated_failed_sign_ins_pause_the_account_even_for_the_right_password() {
        accounts.register(learner("target@example.org", 22, false));
        for (int i = 0; i < Account.FREE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("target@example.org", "wrong password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("target@example.org", "long enough pw")))
                .isInstanceOf(LockedException.class);
        assertThat(repository.findByEmail("target@example.org").orElseThrow().getFailedLogins())
                .isEqualTo(Account.FREE_ATTEMPTS);
    }

    @Test
    void city_admin_invites_a_moderator_who_accepts_and_gets_the_role_in_that_city() {
        as(users, CITY_ADMIN);
        accounts.invite(new InvitationDraft("new.moderator@example.org", Role.MODERATOR, ljubljana(), null, null),
                Locale.ENGLISH);
        SecurityContextHolder.clearContext();
        String token = "known-token-moderator";
        Invitation invitation = invitations.findAll().stream()
                .filter(i -> i.getEmail().equals("new.moderator@example.org")).findFirst().orElseThrow();
        replaceToken(invitation, token);
        Account account = accounts.acceptInvitation(token, "Mo Derator", "a good long password");
        assertThat(account.getRoles()).containsExactly(Role.MODERATOR);
        assertThat(account.getCityId()).isEqualTo(ljubljana());
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "Again", "a good long password"))
                .isInstanceOf(UserError.class).hasMessage("invitation.error.invalid-link");
    }

    @Test
    void a_provider_invitation_makes_the_person_a_member_of_the_organisation() {
        as(users, CITY_ADMIN);
        long orgId = cities.organisationsOfCity(ljubljana()).getFirst().getId();
        accounts.invite(new InvitationDraft("new.provider@example.org", Role.PROVIDER, ljubljana(), orgId,
                OrganisationRole.ISSUER), Locale.ENGLISH);
        SecurityContextHolder.clearContext();
        Invitation invitation = invitations.findAll().stream()
                .filter(i -> i.getEmail().equals("new.provider@example.org")).findFirst().orElseThrow();
        replaceToken(invitation, "known-token-provider");
        Account account = accounts.acceptInvitation("known-token-provider", "Pro Vider", "a good long password");
        as(users, "new.provider@example.org");
        assertThat(MestaUser.require().organisationIds()).containsExactly(orgId);
        assertThat(accounts.myMemberships()).singleElement()
                .satisfies(m -> assertThat(m.getRole()).isEqualTo(OrganisationRole.ISSUER));
        assertThat(account.getRoles()).containsExactly(Role.PROVIDER);
    }

    @Test
    void city_admins_cannot_appoint_city_admins_nor_invite_into_other_cities() {
        as(users, CITY_ADMIN);
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.invite(new InvitationDraft("x@example.org", Role.CITY_ADMIN, ljubljana(),
                null, null), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.invite(new InvitationDraft("x@example.org", Role.MODERATOR, maribor,
                null, null), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.searchPeople(maribor, "", PageRequest.of(0, 100)))
                .allMatch(a -> ljubljana() == a.getCityId());
    }

    @Test
    void network_admin_appoints_a_city_admin() {
        as(users, NETWORK_ADMIN);
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        accounts.invite(new InvitationDraft("maribor.admin@example.org", Role.CITY_ADMIN, maribor, null, null),
                Locale.forLanguageTag("sl"));
        assertThat(accounts.openInvitations(maribor)).extracting(Invitation::getEmail)
                .contains("maribor.admin@example.org");
    }

    @Test
    void learners_and_other_roles_cannot_see_or_manage_people() {
        for (String who : new String[]{LEARNER, PROVIDER, AMBASSADOR, MODERATOR}) {
            as(users, who);
            assertThatThrownBy(() -> accounts.searchPeople(null, "", PageRequest.of(0, 5))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.invite(new InvitationDraft("x@example.org", Role.MODERATOR, ljubljana(),
                    null, null), Locale.ENGLISH)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.createAccount("y@example.org", "Y", "long enough pw", null, "en",
                    java.util.Set.of(Role.NETWORK_ADMIN))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void city_admin_removes_a_role_but_not_their_own_admin_role() {
        as(users, NETWORK_ADMIN);
        Account helper = accounts.createAccount("helper@example.org", "Helper", "long enough pw", ljubljana(), "en",
                java.util.EnumSet.of(Role.AMBASSADOR, Role.LEARNER));
        as(users, CITY_ADMIN);
        accounts.revokeRole(helper.getId(), Role.AMBASSADOR);
        assertThat(repository.findById(helper.getId()).orElseThrow().getRoles()).containsExactly(Role.LEARNER);
        long me = MestaUser.require().accountId();
        assertThatThrownBy(() -> accounts.revokeRole(me, Role.CITY_ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void password_change_needs_the_current_password() {
        accounts.register(learner("changer@example.org", 30, false));
        as(users, "changer@example.org");
        assertThatThrownBy(() -> accounts.changePassword("not it", "a brand new password"))
                .isInstanceOf(UserError.class).hasMessage("account.error.wrong-password");
        accounts.changePassword("long enough pw", "a brand new password");
        SecurityContextHolder.clearContext();
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "changer@example.org", "a brand new password")).isAuthenticated()).isTrue();
    }

    /** The emailed token is random; tests swap in a known one (the database keeps only hashes anyway). */
    private void replaceToken(Invitation invitation, String token) {
        org.springframework.test.util.ReflectionTestUtils.setField(invitation, "tokenHash", Tokens.hash(token));
        invitations.saveAndFlush(invitation);
    }
}
