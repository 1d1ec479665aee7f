package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.UI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.StateNodes;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What an anonymous visit to a city page keeps in its session (#17): every node of the UI's state tree costs a few
 * hundred bytes for as long as the session lives, and a campaign can send thousands of visitors in an hour. The page
 * with a full first page of cards stays within a budget of nodes; the list of cards is one node, and so is each filter.
 */
class CityPageWeightTest extends ViewTest {

    /**
     * The page held about 400 nodes with cards of components, 187 when each card became markup, 119 when the filters'
     * options moved to the browser, 102 with the language switcher's, and about 83 with the list as one piece of
     * markup: the budget leaves some room, not another page of cards or a select of option components.
     */
    static final int BUDGET = 100;

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @Test
    void an_anonymous_city_page_with_a_full_list_holds_few_state_nodes_and_one_per_card() throws Exception {
        for (int i = 0; i <= CityOpportunitiesView.PAGE; i++) {
            SignedIn.as(users, PROVIDER);
            long organisation = MestaUser.require().organisationIds().iterator().next();
            Opportunity o = service.create(organisation);
            o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Delavnica " + i), 4);
            o = service.submit(o.getId(), o.getVersion());
            SignedIn.as(users, MODERATOR);
            moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        }
        SecurityContextHolder.clearContext();
        english();
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        assertThat(city.cards()).hasSize(CityOpportunitiesView.PAGE);

        Map<String, Integer> byTag = StateNodes.byTag(UI.getCurrent());
        System.out.println("City page state nodes: " + StateNodes.total(byTag) + " " + byTag);
        assertThat(StateNodes.in(city.list)).as("the list of cards is one node").isEqualTo(1);
        for (var filter : java.util.List.<com.vaadin.flow.component.Component>of(
                city.theme, city.type, city.format, city.access, city.from, city.to, city.age, city.freeOnly)) {
            assertThat(StateNodes.in(filter)).as("a filter is one node").isEqualTo(1);
        }
        assertThat(StateNodes.total(byTag)).as("state nodes of the page").isLessThanOrEqualTo(BUDGET);
    }
}
