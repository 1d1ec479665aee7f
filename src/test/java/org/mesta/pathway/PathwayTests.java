package org.mesta.pathway;

import static org.mesta.SignedIn.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.Role;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.Theme;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayContent.StepGroup;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** What the pathway tests share: the services, sign-in, and a composed pathway over the demo's Ljubljana. */
@SpringBootTest
@ActiveProfiles("test")
abstract class PathwayTests {

    @Autowired
    PathwayService pathways;

    @Autowired
    PublicPathways publicPathways;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    BadgeService badges;

    @Autowired
    PublicOpportunities opportunities;

    @Autowired
    CityService cities;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long ljubljana() {
        return cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    long providersOrganisation() {
        as(users, PROVIDER);
        return MestaUser.require().organisationIds().iterator().next();
    }

    /** Two published badges of the provider's organisation: a step badge and the milestone. */
    record Badges(long step, long other, long milestone) {}

    Badges newBadges() {
        as(users, PROVIDER);
        return new Badges(
                BadgeTestData.published(badges).getId(),
                BadgeTestData.published(badges).getId(),
                BadgeTestData.published(badges).getId());
    }

    /** Steps: a required badge, then "any 1 of" an opportunity and a second badge; the milestone badge. */
    PathwayContent content(String title, Badges b) {
        long opportunity = opportunities.currentForCity(ljubljana()).stream()
                .filter(o -> o.location() != null)
                .findFirst()
                .orElseThrow()
                .id();
        return new PathwayContent(
                MultilingualText.of(Map.of("sl", title, "en", title + " (en)")),
                MultilingualText.of(Map.of("sl", "Zgodba poti.", "en", "The story.")),
                Theme.SUSTAINABILITY,
                null,
                List.of(
                        new PathwayStep(Kind.BADGE, b.step(), true, 0),
                        new PathwayStep(Kind.OPPORTUNITY, opportunity, true, 1),
                        new PathwayStep(Kind.BADGE, b.other(), true, 1)),
                List.of(new StepGroup(1, 1)),
                b.milestone());
    }

    /** A published pathway of the provider's organisation. */
    Pathway published(String title, Badges b) {
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        p = pathways.save(p.getId(), p.getVersion(), content(title, b));
        p = pathways.submit(p.getId(), p.getVersion());
        as(users, MODERATOR);
        return pathways.decide(p.getId(), p.getVersion(), PathwayStatus.PUBLISHED, null);
    }

    /** A new account of a city with these roles (signed in as the network admin to make it). */
    long account(String email, String city, Role... roles) {
        as(users, NETWORK_ADMIN);
        long cityId = cities.findCityBySlug(city).orElseThrow().getId();
        long id = accounts.createAccount(email, email, "long enough pw", cityId, "sl", EnumSet.of(roles[0], roles))
                .getId();
        SecurityContextHolder.clearContext();
        return id;
    }
}
