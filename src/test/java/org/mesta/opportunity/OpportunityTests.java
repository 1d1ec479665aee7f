package org.mesta.opportunity;

import static org.mesta.SignedIn.*;

import org.junit.jupiter.api.AfterEach;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** What the writing, moderation and public-side tests share: the three services, sign-in and a submission. */
@SpringBootTest
@ActiveProfiles("test")
abstract class OpportunityTests {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities publicSide;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long providersOrganisation() {
        as(users, PROVIDER);
        return MestaUser.require().organisationIds().iterator().next();
    }

    Opportunity submitted(String title) {
        long org = providersOrganisation();
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTest.complete(title), 4);
        return opportunities.submit(o.getId(), o.getVersion());
    }
}
