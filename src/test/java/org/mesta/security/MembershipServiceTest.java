package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.LEARNER;
import static org.mesta.SignedIn.PROVIDER;
import static org.mesta.SignedIn.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** An organisation's members are for its members and its city's admins; changing them is for its admins. */
@SpringBootTest
@ActiveProfiles("test")
class MembershipServiceTest {

    @Autowired
    MembershipService memberships;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_sees_the_team_and_an_outsider_is_refused_it_and_its_changes() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        long me = MestaUser.require().accountId();
        assertThat(memberships.members(org)).anyMatch(m -> m.getAccount().getId() == me);
        assertThat(memberships.managesMembers(org)).isTrue();

        as(users, LEARNER);
        assertThatThrownBy(() -> memberships.members(org)).isInstanceOf(AccessDeniedException.class);
        assertThat(memberships.managesMembers(org)).isFalse();
        assertThatThrownBy(() -> memberships.removeMember(org, me)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.changeMemberRole(org, me, OrganisationRole.EDITOR))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> memberships.members(org))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
