package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.map.BoundingBox;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A city page opens on the city's published opportunities, not on a fixed point that may show none of them. */
class CityMapFramingTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @Test
    void the_city_page_opens_framed_on_its_published_opportunities() {
        GeoPoint north = new GeoPoint(46.0700, 14.5100);
        GeoPoint south = new GeoPoint(46.0400, 14.4900);
        approvedAt(north);
        approvedAt(south);
        english();
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        BoundingBox framed = city.map.getFramed().orElseThrow();
        assertThat(framed.contains(north) && framed.contains(south)).isTrue();
        assertThat(framed.maxLatitude() - framed.minLatitude())
                .as("the city, not the world")
                .isLessThan(0.61);
        assertThat(city.map.getElement().getProperty("tileUrl"))
                .as("the test profile draws the offline basemap")
                .isNull();
    }

    private void approvedAt(GeoPoint place) {
        SignedIn.as(users, SignedIn.PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        OpportunityDraft d = OpportunityServiceTestData.complete("Na zemljevidu");
        Opportunity o = service.create(organisation);
        o = service.saveDraft(
                o.getId(),
                o.getVersion(),
                new OpportunityDraft(
                        d.texts(),
                        d.type(),
                        d.themes(),
                        d.format(),
                        d.startsAt(),
                        d.endsAt(),
                        d.ongoing(),
                        place,
                        d.venue(),
                        d.address(),
                        d.onlineUrl(),
                        d.ageMin(),
                        d.ageMax(),
                        d.capacity(),
                        d.free(),
                        d.price(),
                        d.languages(),
                        d.access(),
                        d.accessibilityNotes(),
                        d.joinUrl(),
                        d.joinEmail(),
                        d.joinPhone(),
                        d.sessions()),
                4);
        o = service.submit(o.getId(), o.getVersion());
        SignedIn.as(users, SignedIn.MODERATOR);
        moderation.decide(o.getId(), service.get(o.getId()).getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
    }
}
