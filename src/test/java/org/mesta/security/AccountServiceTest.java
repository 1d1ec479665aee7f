package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class AccountServiceTest extends AccountTests {

    @Test
    void repeated_failed_sign_ins_pause_the_account_even_for_the_right_password() {
        registration.register(learner("target@example.org", 22, null));
        for (int i = 0; i < Account.FREE_ATTEMPTS; i++) {
            assertThatThrownBy(() ->
                            authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                    "target@example.org", "wrong password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("target@example.org", "long enough pw")))
                .isInstanceOf(LockedException.class);
        assertThat(repository.findByEmail("target@example.org").orElseThrow().getFailedLogins())
                .isEqualTo(Account.FREE_ATTEMPTS);
    }

    @Test
    void learners_and_other_roles_cannot_see_or_manage_people() {
        for (String who : new String[] {LEARNER, PROVIDER, AMBASSADOR, MODERATOR}) {
            as(users, who);
            assertThatThrownBy(() -> accounts.searchPeople(null, "", PageRequest.of(0, 5)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.createAccount(
                            "y@example.org", "Y", "long enough pw", null, "en", Set.of(Role.NETWORK_ADMIN)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void city_admin_removes_a_role_but_not_their_own_admin_role() {
        as(users, NETWORK_ADMIN);
        Account helper = accounts.createAccount(
                "helper@example.org",
                "Helper",
                "long enough pw",
                ljubljana(),
                "en",
                EnumSet.of(Role.AMBASSADOR, Role.LEARNER));
        as(users, CITY_ADMIN);
        accounts.revokeRole(helper.getId(), Role.AMBASSADOR);
        assertThat(repository.findById(helper.getId()).orElseThrow().getRoles()).containsExactly(Role.LEARNER);
        long me = MestaUser.require().accountId();
        assertThatThrownBy(() -> accounts.revokeRole(me, Role.CITY_ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void password_change_needs_the_current_password() {
        registration.register(learner("changer@example.org", 30, null));
        as(users, "changer@example.org");
        assertThatThrownBy(() -> accounts.changePassword("not it", "a brand new password"))
                .isInstanceOf(UserError.class)
                .hasMessage("account.error.wrong-password");
        accounts.changePassword("long enough pw", "a brand new password");
        SecurityContextHolder.clearContext();
        assertThat(authenticationManager
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "changer@example.org", "a brand new password"))
                        .isAuthenticated())
                .isTrue();
    }
}
