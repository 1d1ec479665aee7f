package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A programme imported by the network's admins is public at once; nobody else imports. */
@SpringBootTest
@ActiveProfiles("test")
class ProgrammeImportTest {

    @Autowired
    ProgrammeImport programmes;

    @Autowired
    PublicOpportunities publicSide;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long providersOrganisation() {
        as(users, PROVIDER);
        return MestaUser.require().organisationIds().iterator().next();
    }

    @Test
    void an_imported_programme_is_published_without_a_moderation_round() {
        var item = new ProgrammeImport.Imported(
                providersOrganisation(), OpportunityServiceTest.complete("Uvožena delavnica"), null, null, Set.of());
        as(users, NETWORK_ADMIN);
        List<Long> ids = programmes.importApproved(List.of(item));
        SecurityContextHolder.clearContext();
        assertThat(publicSide
                        .findPublic(ids.getFirst())
                        .orElseThrow()
                        .texts("sl")
                        .title())
                .isEqualTo("Uvožena delavnica");
    }

    @Test
    void providers_cannot_import_a_programme() {
        var item = new ProgrammeImport.Imported(
                providersOrganisation(), OpportunityServiceTest.complete("Ne"), null, null, Set.of());
        assertThatThrownBy(() -> programmes.importApproved(List.of(item))).isInstanceOf(AccessDeniedException.class);
    }
}
