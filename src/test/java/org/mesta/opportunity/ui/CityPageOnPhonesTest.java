package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The city page's map/list switch and its opportunity cards, as a visitor on a phone uses them. */
class CityPageOnPhonesTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities publicOpportunities;

    @BeforeEach
    void inEnglish() {
        english();
    }

    private Opportunity published(String title, String pictureAlt) throws Exception {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = service.create(organisation);
        o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), 4);
        if (pictureAlt != null) {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", out);
            o = service.setImage(o.getId(), out.toByteArray(), OpportunityServiceTestData.alt("sl", pictureAlt));
        }
        o = service.submit(o.getId(), o.getVersion());
        SignedIn.as(users, MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        return o;
    }

    /** The card of an opportunity, showing more cards until it is drawn (other tests publish some too). */
    private Element cardOf(CityOpportunitiesView city, long id) {
        while (city.more.isVisible()) {
            click(city.more);
        }
        return city.cards().stream()
                .filter(c -> c.select("a").stream().anyMatch(a -> a.attr("href").equals("opportunities/" + id)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_visitor_switches_from_map_to_list_and_sees_cards_with_picture_title_organisation_and_themes()
            throws Exception {
        Opportunity pictured = published("Stripovska delavnica", "Teenagers drawing comics at a long table");
        Opportunity plain = published("Pogovor brez slike", null);
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        assertThat(city.pane).as("the map comes first").isEqualTo(CityOpportunitiesView.Pane.MAP);
        assertThat(city.results.getElement().getAttribute("data-show")).isEqualTo("map");
        assertThat(city.showMap.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        click(city.showList);
        assertThat(city.results.getElement().getAttribute("data-show")).isEqualTo("list");
        assertThat(city.showList.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(city.showMap.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        var card = cardOf(city, pictured.getId());
        assertThat(card.select("img")).hasSize(1);
        Element picture = card.selectFirst("img");
        assertThat(picture.attr("alt")).isEqualTo("Teenagers drawing comics at a long table");
        assertThat(picture.attr("src")).startsWith("/api/opportunities/" + pictured.getId() + "/image.jpg?r=");
        String organisation =
                publicOpportunities.findPublic(pictured.getId()).orElseThrow().organisationName();
        assertThat(card.text()).contains("Stripovska delavnica", organisation, "Mental health", "Inclusion");
        assertThat(card.select("a")).hasSize(1);
        assertThat(card.selectFirst("a").text()).isEqualTo("Stripovska delavnica");
        assertThat(cardOf(city, plain.getId()).select("img"))
                .as("no picture, no empty frame")
                .isEmpty();

        click(city.showMap);
        assertThat(city.results.getElement().getAttribute("data-show")).isEqualTo("map");
    }

    @Test
    void the_list_draws_twenty_cards_at_a_time_and_shows_the_rest_on_request() throws Exception {
        for (int i = 0; i < CityOpportunitiesView.PAGE + 1; i++) {
            published("Delavnica " + i, null);
        }
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        click(city.showList);
        int total = Integer.parseInt(city.count.getText().replaceAll("\\D", ""));
        assertThat(total).isGreaterThan(CityOpportunitiesView.PAGE);
        assertThat(city.cards()).hasSize(CityOpportunitiesView.PAGE);
        assertThat(city.more.isVisible()).isTrue();
        while (city.more.isVisible()) {
            click(city.more);
        }
        assertThat(city.cards()).hasSize(total);
    }

    @Test
    void the_same_page_speaks_slovenian() {
        slovenian();
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        assertThat(city.showMap.getText()).isEqualTo("Zemljevid");
        assertThat(city.showList.getText()).isEqualTo("Seznam");
        assertThat(city.filters.getSummaryText()).isEqualTo("Filtri");
    }
}
