package org.mesta.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.ui.LeanButton;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.Theme;
import org.mesta.opportunity.ui.CityOpportunitiesView;
import org.mesta.pathway.Pathway;
import org.mesta.pathway.PathwayContent;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayService;
import org.mesta.pathway.PathwayStatus;
import org.mesta.pathway.PublicPathways;
import org.mesta.workspace.LearnerWorkspaceView;
import org.mesta.workspace.ModeratorWorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;

/** The pathway screens: public page, city tab, my pathways, organiser list and editor, moderation, dashboards. */
class PathwayViewsTest extends ViewTest {

    @Autowired
    PublicPathways publicPathways;

    @Autowired
    PathwayService pathways;

    @Autowired
    CityService cities;

    @Autowired
    BadgeService badges;

    @Autowired
    PublicOpportunities opportunities;

    @BeforeEach
    void inEnglish() {
        english();
    }

    long ljubljana() {
        return cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    long green() {
        return publicPathways.publishedIn(ljubljana(), "en").stream()
                .filter(p -> p.title().equals("Green city starter"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void a_visitor_reads_a_pathway_its_steps_and_route_and_is_asked_to_sign_in_to_enrol() {
        PathwayPageView page = navigate(PathwayPageView.class, green());
        assertThat(page.title.getText()).isEqualTo("Green city starter");
        assertThat(text(page.steps)).contains("Badge to earn", "Opportunity", "any 1 of group 1", "optional");
        assertThat(page.steps
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getChildren()
                        .count())
                .isGreaterThanOrEqualTo(4);
        assertThat(page.signIn.isVisible()).isTrue();
        assertThat(page.enrol.isVisible()).isFalse();
        assertThat(text(page.milestone)).contains("Milestone badge: Green city starter");
        assertThat(page.map.getRoutes()).hasSize(1);
        assertThat(text(page.routeList)).contains("Green city starter");
    }

    @Test
    void the_demo_learner_sees_her_first_step_done_and_can_leave_and_enrol_again() {
        login(LEARNER);
        PathwayPageView page = navigate(PathwayPageView.class, green());
        ListItem first = (ListItem) page.steps
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .findFirst()
                .orElseThrow();
        assertThat(first.getElement().getAttribute("data-mark")).isEqualTo("done");
        assertThat(page.leave.isVisible()).isTrue();
        assertThat(page.progress.getText()).startsWith("Done 1 of");
        test(page.leave).click();
        assertThat(page.enrol.isVisible()).isTrue();
        test(page.enrol).click();
        assertThat(page.leave.isVisible()).isTrue();
    }

    @Test
    void my_pathways_and_the_learner_dashboard_show_progress() {
        login(LEARNER);
        MyPathwaysView mine = navigate(MyPathwaysView.class);
        assertThat(text(mine.list)).contains("Green city starter", "Done 1 of");
        LearnerWorkspaceView home = navigate(LearnerWorkspaceView.class);
        assertThat(text(home)).contains("My pathways", "Green city starter");
    }

    @Test
    void the_city_page_has_a_pathways_tab_with_cards_and_routes() {
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        assertThat(find(Div.class).withId("city-pathways").exists()).isFalse(); // hidden until its tab is chosen
        click(find(LeanButton.class).withId("tab-pathways").single());
        assertThat(find(Div.class).withId("city-pathways").exists()).isTrue();
        assertThat(find(Div.class).withId("opportunity-list").exists()).isFalse();
        assertThat(find(Div.class).withId("pathway-card-" + green()).exists()).isTrue();
        assertThat(text(find(Div.class).withId("pathway-cards").single())).contains("Feel well");
        assertThat(city).isNotNull();
    }

    @Test
    void an_organiser_composes_in_the_editor_sees_problems_by_the_fields_and_submits() {
        login(PROVIDER);
        OrganiserPathwaysView list = navigate(OrganiserPathwaysView.class);
        test(list.create).click();
        PathwayEditorView editor = (PathwayEditorView) getCurrentView();
        test(editor.submit).click();
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.theme.isInvalid()).isTrue();
        assertThat(editor.milestone.isInvalid()).isTrue();
        assertThat(editor.stepsError.getText()).contains("at least 2 steps");

        editor.title.inputs().get("sl").setValue("Pot iz urejevalnika");
        editor.story.inputs().get("sl").setValue("Zgodba.");
        editor.theme.setValue(Theme.PARTICIPATION);
        var choices = editor.stepChoice.getListDataView().getItems().toList();
        editor.stepChoice.setValue(choices.stream()
                .filter(c -> c.kind() == Kind.OPPORTUNITY)
                .findFirst()
                .orElseThrow());
        test(editor.addStep).click();
        editor.stepChoice.setValue(
                choices.stream().filter(c -> c.kind() == Kind.BADGE).findFirst().orElseThrow());
        test(editor.addStep).click();
        assertThat(editor.steps).hasSize(2);
        editor.move(1, -1);
        assertThat(editor.steps.getFirst().kind()).isEqualTo(Kind.BADGE);
        editor.milestone.setValue(
                editor.milestone.getListDataView().getItems().findFirst().orElseThrow());
        test(editor.save).click();
        assertThat(notifications()).contains("Draft saved.");
        test(editor.submit).click();
        assertThat(editor.status.getText()).isEqualTo("Waiting for moderation");
        assertThat(editor.save.isEnabled()).isFalse();
    }

    @Test
    void a_moderator_sees_the_queue_with_its_count_and_approves() {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        long badge = BadgeTestData.published(badges).getId();
        long other = BadgeTestData.published(badges).getId();
        long opportunity = opportunities.currentForCity(ljubljana()).getFirst().id();
        Pathway p = pathways.create(organisation);
        p = pathways.save(
                p.getId(),
                p.getVersion(),
                new PathwayContent(
                        MultilingualText.of(Map.of("sl", "Za moderatorja")),
                        MultilingualText.of(Map.of("sl", "Zgodba.")),
                        Theme.INCLUSION,
                        null,
                        List.of(
                                new PathwayStep(Kind.BADGE, badge, true, 0),
                                new PathwayStep(Kind.OPPORTUNITY, opportunity, true, 0)),
                        List.of(),
                        other));
        Pathway submitted = pathways.submit(p.getId(), p.getVersion());

        login(MODERATOR);
        ModeratorWorkspaceView home = navigate(ModeratorWorkspaceView.class);
        assertThat(text(home)).contains("Pathways waiting");
        PathwayModerationView queue = navigate(PathwayModerationView.class);
        assertThat(text(queue.queue)).contains("Za moderatorja");
        navigate("moderation/pathways/" + submitted.getId(), PathwayModerationView.class);
        PathwayModerationView review = (PathwayModerationView) getCurrentView();
        assertThat(review.review.isVisible()).isTrue();
        test(review.reject).click();
        assertThat(notifications()).anyMatch(n -> n.contains("reason"));
        test(review.approve).click();
        login(PROVIDER);
        assertThat(pathways.get(submitted.getId()).getStatus()).isEqualTo(PathwayStatus.PUBLISHED);
    }

    @Test
    void the_organiser_sees_the_figures_of_a_pathway_learners_follow() {
        login(PROVIDER);
        PathwayEditorView editor = navigate(PathwayEditorView.class, green());
        assertThat(text(editor.figures)).contains("Enrolled: ", "Next: step");
    }

    @Test
    void a_missing_pathway_is_not_found() {
        assertThatThrownBy(() -> navigate(PathwayPageView.class, 999_999L)).hasMessageContaining("NotFoundView");
    }
}
