package org.mesta.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.Stage;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The front page shows visitors what is on across the network, and says what to do when nothing is there yet. */
class FrontPageTest extends ViewTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities publicOpportunities;

    @Autowired
    BadgeService badges;

    @Autowired
    BoardService campaigns;

    private void publishWithPicture(String title) throws Exception {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = opportunities.create(organisation);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), 4);
        o = opportunities.setImage(
                o.getId(),
                OpportunityServiceTestData.png(800, 450),
                OpportunityServiceTestData.alt("en", "Young people painting a mural"));
        o = opportunities.submit(o.getId(), o.getVersion());
        SignedIn.as(users, MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
    }

    private Section section(String id) {
        return (Section) find(Section.class).withId(id).single();
    }

    @Test
    void visitors_see_what_is_on_with_pictures_badges_to_earn_campaigns_and_the_cities() throws Exception {
        publishWithPicture("Mural workshop for the front page");
        Badge badge = SignedIn.as(users, PROVIDER, () -> BadgeTestData.published(badges));
        SignedIn.as(users, AMBASSADOR);
        Campaign trees = campaigns.create("Tree planting on the riverbank", CampaignKind.ADVOCACY, null);
        campaigns.move(trees.getId(), trees.getVersion(), Stage.IN_ACTION, 0, null);
        SecurityContextHolder.clearContext();
        english();

        HomeView home = navigate(HomeView.class);

        assertThat(home.getPageTitle()).isEqualTo("Mesta – Cities of Learning");
        Section onNow = section("home-on-now");
        List<PublicOpportunity> expected = publicOpportunities.upcomingInNetwork(HomeView.SHOWN);
        assertThat(expected).isNotEmpty();
        List<H3> titles = find(H3.class, onNow).all();
        assertThat(titles)
                .extracting(Component::getElement)
                .extracting(e -> e.getTextRecursively())
                .containsExactlyElementsOf(
                        expected.stream().map(o -> o.texts("en").title()).toList());
        assertThat(find(Anchor.class, onNow).all())
                .extracting(Anchor::getHref)
                .contains("opportunities/" + expected.getFirst().id());
        // Every picture says what it shows; cards without one keep a decorative tile.
        assertThat(find(Image.class, onNow).all())
                .allSatisfy(
                        i -> assertThat(i.getAlt()).isPresent().get().asString().isNotBlank());
        long withPictures =
                expected.stream().filter(PublicOpportunity::hasImage).count();
        assertThat(find(Image.class, onNow).all()).hasSize((int) withPictures);

        Section badgesShown = section("home-badges");
        assertThat(find(Image.class, badgesShown).all())
                .extracting(Image::getSrc)
                .anySatisfy(src -> assertThat(src).startsWith("api/badges/" + badge.getId() + "/image.png"));
        assertThat(find(Image.class, badgesShown).all())
                .allSatisfy(i -> assertThat(i.getAlt()).isPresent());
        assertThat(find(Image.class, badgesShown).all()).hasSizeLessThanOrEqualTo(HomeView.SHOWN);

        Section running = section("home-campaigns");
        assertThat(text(running)).contains("Tree planting on the riverbank");

        Section cities = section("home-cities");
        assertThat(text(cities)).contains("Cities of the network", "Ljubljana · SI", "Nairobi · KE");
    }

    @Test
    void empty_lists_say_what_to_do_next() {
        english();
        FrontPage blocks = new FrontPage(UI.getCurrent(), Locale.ENGLISH, Map.of(), ZoneOffset.UTC);

        Section onNow = blocks.opportunities(List.of());
        Section noBadges = blocks.badges(List.of());
        Section noCampaigns = blocks.campaigns(List.of());

        assertThat(text(onNow)).contains("Nothing is published yet", "Sign in and create your first opportunity");
        assertThat(text(noBadges)).contains("No badges are published yet", "Sign in and design your first badge");
        assertThat(text(noCampaigns)).contains("No campaign is in action right now", "Sign in and start a campaign");
        for (Section s : List.of(onNow, noBadges, noCampaigns)) {
            assertThat(s.getChildren()
                            .filter(c -> c.getClass() != H2.class)
                            .flatMap(Component::getChildren)
                            .filter(Anchor.class::isInstance)
                            .map(a -> ((Anchor) a).getHref()))
                    .containsExactly("login");
        }
    }

    @Test
    void the_front_page_speaks_slovenian() {
        slovenian();
        HomeView home = navigate(HomeView.class);
        assertThat(home.getPageTitle()).isEqualTo("Mesta – Mesta učenja");
        assertThat(text(home))
                .contains("Zdaj in kmalu", "Značke, ki jih lahko pridobiš", "Kampanje v teku", "Poišči svoje mesto");
    }

    @Test
    void a_stranger_may_read_what_the_front_page_shows_but_never_more_than_twelve_of_each() throws Exception {
        publishWithPicture("Bounded front page");
        SecurityContextHolder.clearContext();

        assertThat(publicOpportunities.upcomingInNetwork(1_000_000))
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(PublicOpportunities.MAX_UPCOMING);
        assertThat(publicOpportunities.upcomingInNetwork(1)).hasSize(1);
        assertThat(badges.featured(1_000_000, "en")).hasSizeLessThanOrEqualTo(12);
        assertThat(campaigns.running(1_000_000)).hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void signed_in_people_skip_the_front_page() {
        login(SignedIn.LEARNER);
        navigate("", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
    }
}
