package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
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
 * Vaadin keeps a view instance when only its id changes (opportunity A → opportunity B): one click must do
 * one thing, and nothing of A may show on B.
 */
class OpportunityViewsReuseTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @BeforeEach
    void inEnglish() {
        english();
    }

    private Opportunity draft(String title, int step) {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = service.create(organisation);
        return service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), step);
    }

    private Opportunity submitted(String title) {
        Opportunity o = draft(title, 4);
        return service.submit(o.getId(), o.getVersion());
    }

    @Test
    void wizard_from_one_draft_to_another_next_moves_exactly_one_step() {
        Opportunity a = draft("Prvi osnutek", 2);
        Opportunity b = draft("Drugi osnutek", 0);
        login(PROVIDER);
        OpportunityWizardView first = navigate("provider/opportunity/" + a.getId(), OpportunityWizardView.class);
        assertThat(first.step).isEqualTo(2);
        OpportunityWizardView wizard = navigate("provider/opportunity/" + b.getId(), OpportunityWizardView.class);
        assertThat(wizard).isSameAs(first);
        assertThat(wizard.step).isZero();
        assertThat(wizard.form.titles.get("sl").getValue()).isEqualTo("Drugi osnutek");

        click(wizard.next);
        assertThat(wizard.step).isEqualTo(1);
        assertThat(service.get(b.getId()).getWizardStep()).isEqualTo(1);
        assertThat(service.get(a.getId()).getWizardStep())
                .as("A is left as it was")
                .isEqualTo(2);
    }

    @Test
    void moderation_from_one_submission_to_another_approve_records_one_decision() {
        Opportunity a = submitted("Prva prijava");
        Opportunity b = submitted("Druga prijava");
        login(MODERATOR);
        ModerationDetailView first = navigate("moderation/opportunity/" + a.getId(), ModerationDetailView.class);
        first.reason.setValue("typed for A");
        ModerationDetailView detail = navigate("moderation/opportunity/" + b.getId(), ModerationDetailView.class);
        assertThat(detail).isSameAs(first);
        assertThat(detail.reason.getValue()).isEmpty();
        assertThat(text(detail)).contains("Druga prijava").doesNotContain("Prva prijava");

        test(detail.approve).click();
        assertThat(moderation.decisions(b.getId())).hasSize(1);
        assertThat(service.get(b.getId()).getStatus()).isEqualTo(Status.APPROVED);
        assertThat(service.get(a.getId()).getStatus()).isEqualTo(Status.SUBMITTED);
        assertThat(notifications()).hasSize(1);
    }

    @Test
    void city_page_from_one_city_to_another_shows_the_second_with_one_map_and_one_list() {
        CityOpportunitiesView first = navigate(CityOpportunitiesView.class, "ljubljana");
        commit(first.freeOnly, "checked", true);
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "maribor");
        assertThat(city).isSameAs(first);
        assertThat(text(city)).contains("Maribor").doesNotContain("Ljubljana");
        assertThat(city.freeOnly.getValue()).as("filters start empty").isFalse();
        assertThat(city.results.getChildren()).hasSize(2);

        commit(city.freeOnly, "checked", true);
        assertThat(city.freeOnly.getValue()).isTrue();
        assertThat(city.results.getChildren()).hasSize(2);
    }

    @Test
    void public_detail_from_one_opportunity_to_another_shows_only_the_second() {
        Opportunity a = submitted("Javna prva");
        Opportunity b = submitted("Javna druga");
        login(MODERATOR);
        moderation.decide(a.getId(), service.get(a.getId()).getVersion(), Status.APPROVED, null);
        moderation.decide(b.getId(), service.get(b.getId()).getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        OpportunityDetailView first = navigate(OpportunityDetailView.class, a.getId());
        OpportunityDetailView detail = navigate(OpportunityDetailView.class, b.getId());
        assertThat(detail).isSameAs(first);
        assertThat(text(detail)).contains("Javna druga").doesNotContain("Javna prva");
        assertThat($(Anchor.class).id("ics-download").getHref()).contains("/api/opportunities/" + b.getId() + ".ics");
    }
}
