package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.StateNodes;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.map.LocationPicker;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityRules;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The provider's list and wizard, the moderators' queue and decision, the public city and detail pages. */
class OpportunityViewsTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @BeforeEach
    void inEnglish() {
        english();
    }

    private Opportunity submitted(String title) {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = service.create(organisation);
        o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), 4);
        return service.submit(o.getId(), o.getVersion());
    }

    @Test
    void a_new_opportunity_opens_the_wizard_which_checks_each_step_and_saves_as_it_goes() {
        OpportunityWizardView wizard = newOpportunity();
        assertThat(wizard.step).isZero();
        click(wizard.next);
        assertThat(wizard.form.titles.get("sl").isInvalid()).isTrue();
        assertThat(wizard.form.titles.get("sl").getErrorMessage()).contains("main language");
        assertThat(wizard.step).isZero();

        test(wizard.form.titles.get("sl")).setValue("Delavnica stripa");
        test(wizard.form.summaries.get("sl")).setValue("Ustvari svoj strip.");
        test(wizard.form.type).selectItem("Workshop");
        commit(wizard.form.themes, "value", List.of(Theme.ARTS_CULTURE.name()));
        click(wizard.next);
        assertThat(wizard.step).isEqualTo(1);
        assertThat(wizard.saved.getText()).startsWith("Saved at");

        long id = Long.parseLong(currentId());
        assertThat(service.draft(id).texts("sl").title()).isEqualTo("Delavnica stripa");
        assertThat(service.get(id).getWizardStep()).isEqualTo(1);

        test(wizard.form.addSession).click();
        assertThat(wizard.form.sessions).hasSize(1);
        click(wizard.next);
        assertThat(wizard.step).isEqualTo(1);
        assertThat(wizard.form.sessions.getFirst()[0].isInvalid()).isTrue();
        commit(wizard.form.ongoing, "checked", true);
        wizard.form.sessions.getFirst()[0].setValue(LocalDateTime.now().plusDays(3));
        click(wizard.next);
        click(wizard.next);
        assertThat(wizard.form.venue.isInvalid()).isTrue();
        wizard.showStep(4);
        assertThat($(RecognitionSection.class).single().isVisible())
                .as("recognition: badges are optional")
                .isTrue();
        wizard.showStep(5);
        assertThat(OpportunityWizardView.STEP_KEYS).hasSize(OpportunityRules.LAST_STEP + 1);
        assertThat(service.get(Long.parseLong(currentId())).getWizardStep())
                .as("resumes at the review")
                .isEqualTo(5);
        assertThat(find(Component.class).withId("review-problems").exists()).isTrue();
        assertThat(wizard.submit.isEnabled()).isFalse();
    }

    @Test
    void the_wizard_holds_only_the_shown_steps_fields_and_keeps_what_the_others_hold() {
        OpportunityWizardView wizard = newOpportunity();
        long id = Long.parseLong(currentId());
        test(wizard.form.titles.get("sl")).setValue("Zgodbe mesta");
        assertThat($(DateTimePicker.class).all())
                .as("no date pickers on the basics")
                .isEmpty();
        assertThat($(LocationPicker.class).all()).as("no map on the basics").isEmpty();
        int basics = StateNodes.in(wizard);

        wizard.showStep(OpportunityForm.WHERE);
        assertThat(wizard.form.titles).as("the basics' fields are gone").isNull();
        assertThat($(LocationPicker.class).all()).hasSize(1);
        assertThat($(TextField.class).all())
                .extracting(TextField::getLabel)
                .noneMatch(label -> label.startsWith("Title"));
        test(wizard.form.venue).setValue("Mladinski center");

        wizard.showStep(OpportunityForm.WHO);
        assertThat($(LocationPicker.class).all())
                .as("the map is gone with its step")
                .isEmpty();
        assertThat(wizard.form.draft().texts("sl").title()).isEqualTo("Zgodbe mesta");
        assertThat(wizard.form.draft().venue()).isEqualTo("Mladinski center");

        wizard.showStep(OpportunityForm.BASICS);
        assertThat(wizard.form.titles.get("sl").getValue()).isEqualTo("Zgodbe mesta");
        assertThat(StateNodes.in(wizard)).as("the basics again, no more").isEqualTo(basics);
        assertThat(service.draft(id).venue()).isEqualTo("Mladinski center");
        assertThat(service.draft(id).texts("sl").title()).isEqualTo("Zgodbe mesta");
    }

    /** The provider starts a new opportunity from the list: the wizard opens on it. */
    private OpportunityWizardView newOpportunity() {
        login(PROVIDER);
        ProviderOpportunitiesView list = navigate(ProviderOpportunitiesView.class);
        test(list.create).click();
        return (OpportunityWizardView) getCurrentView();
    }

    private String currentId() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void the_queue_lists_the_city_s_submissions_and_a_change_request_needs_a_reason() {
        Opportunity o = submitted("Čakam na pregled");
        login(MODERATOR);
        ModerationQueueView queue = navigate(ModerationQueueView.class);
        assertThat(test(queue.grid).size()).isGreaterThanOrEqualTo(1);
        ModerationDetailView detail = navigate(ModerationDetailView.class, o.getId());
        test(detail.requestChanges).click();
        assertThat(detail.reason.isInvalid()).isTrue();
        assertThat(service.get(o.getId()).getStatus()).isEqualTo(Status.SUBMITTED);
        test(detail.approve).click();
        assertThat(service.get(o.getId()).getStatus()).isEqualTo(Status.APPROVED);
        assertThat(getCurrentView()).isInstanceOf(ModerationQueueView.class);
    }

    @Test
    void the_public_city_page_and_detail_show_approved_opportunities_with_filters() {
        Opportunity o = submitted("Javna delavnica");
        login(MODERATOR);
        moderation.decide(o.getId(), service.get(o.getId()).getVersion(), Status.APPROVED, null);
        signOut();
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        while (city.more.isVisible()) click(city.more);
        assertThat(city.listedIds()).contains(o.getId());
        assertThat(city.map.getMarkerSource()).hasValue("/api/opportunities.geojson?city=ljubljana&lang=en");
        choose(city.type, "Volunteering");
        assertThat(city.listedIds()).doesNotContain(o.getId());
        assertThat(city.map.getMarkerSource())
                .hasValue("/api/opportunities.geojson?city=ljubljana&lang=en&type=VOLUNTEERING");
        choose(city.type, "Workshop");
        while (city.more.isVisible()) click(city.more);
        assertThat(city.listedIds()).contains(o.getId());
        OpportunityDetailView detail = navigate(OpportunityDetailView.class, o.getId());
        assertThat(text(detail)).contains("Javna delavnica", "Workshop", "Add to your calendar");
    }

    private void signOut() {
        SecurityContextHolder.clearContext();
    }
}
