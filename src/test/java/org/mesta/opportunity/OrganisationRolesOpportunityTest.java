package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Editors (and admins) write an organisation's opportunities; its badge issuers only see them. */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationRolesOpportunityTest {

    static final String EDITOR = "editor@mesta.example";
    static final String ISSUER = "issuer@mesta.example";

    @Autowired
    OpportunityService opportunities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_editor_writes_and_submits_an_opportunity() {
        as(users, EDITOR);
        long org = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTest.complete("Editor's workshop"), 4);
        o = opportunities.submit(o.getId(), o.getVersion());
        assertThat(o.getStatus()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void a_badge_issuer_cannot_create_edit_copy_or_archive_an_opportunity() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = opportunities.create(org);
        Opportunity draft =
                opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTest.complete("Admin's draft"), 4);

        as(users, ISSUER);
        assertThat(MestaUser.require().organisationIds()).contains(org);
        assertThatThrownBy(() -> opportunities.create(org)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.saveDraft(
                        draft.getId(), draft.getVersion(), OpportunityServiceTest.complete("Issuer's change"), 4))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.submit(draft.getId(), draft.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.duplicate(draft.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.archive(draft.getId(), true)).isInstanceOf(AccessDeniedException.class);
        assertThat(opportunities.get(draft.getId()).getId())
                .as("issuers still see their organisation's work")
                .isEqualTo(draft.getId());
    }
}
