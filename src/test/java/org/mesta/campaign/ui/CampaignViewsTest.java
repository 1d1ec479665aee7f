package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Badge;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignDraft;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.Outcomes;
import org.mesta.campaign.ReachingOutService;
import org.mesta.campaign.Stage;
import org.mesta.inbox.InboxService;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.Theme;
import org.mesta.opportunity.ui.ModerationDetailView;
import org.springframework.beans.factory.annotation.Autowired;

/** The board, a campaign's page with its task list and comments, the library and the city admins' summary. */
class CampaignViewsTest extends ViewTest {

    static final String SECOND = "ambassador2@mesta.example";

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReachingOutService reachingOut;

    @Autowired
    InboxService inbox;

    /** Board refreshes pushed by one's own moves are queued: run them while still signed in. */
    @AfterEach
    void runPushedRefreshes() {
        var session = VaadinSession.getCurrent();
        if (session != null) session.getService().runPendingAccessTasks(session);
    }

    private BoardView board() {
        login(AMBASSADOR);
        english();
        return navigate(BoardView.class);
    }

    private String column(BoardView view, Stage stage) {
        return text(view.lists.get(stage));
    }

    @Test
    void the_board_shows_cards_in_their_columns_with_leads_next_task_and_progress() {
        BoardView view = board();
        String planning = column(view, Stage.PLANNING);
        assertThat(planning)
                .contains(
                        "Svetovalec na vsaki šoli",
                        "Leads: Ana Ambassador",
                        "Next: Pripravi anketo za dijake",
                        "0 of 2 tasks done");
        assertThat(column(view, Stage.IDEA)).contains("Mural za zeleno Ljubljano");
        assertThat(text(view.lists.get(Stage.PLANNING).getParent().orElseThrow()))
                .startsWith("Planning (");
        assertThat(view.create.isVisible()).isTrue();

        view.theme.setValue(Theme.MENTAL_HEALTH);
        assertThat(column(view, Stage.IDEA)).doesNotContain("Mural za zeleno Ljubljano");
        assertThat(column(view, Stage.PLANNING)).contains("Svetovalec na vsaki šoli");
        view.theme.clear();
        view.kind.setValue(CampaignKind.ARTS);
        assertThat(column(view, Stage.PLANNING)).doesNotContain("Svetovalec na vsaki šoli");
        view.kind.clear();
        view.stage.setValue(Stage.IDEA);
        assertThat(view.lists.get(Stage.PLANNING).getParent().orElseThrow().isVisible())
                .isFalse();
        view.stage.clear();

        // The timeline lists dated campaigns with their dates written out.
        commit(view.views, "selected", 1);
        assertThat(view.timeline.isVisible()).isTrue();
        assertThat(view.columns.isVisible()).isFalse();
        assertThat(text(view.timeline))
                .contains(
                        "Svetovalec na vsaki šoli",
                        "Jan 11, 2027 – Apr 30, 2027 · Planning",
                        "Campaigns without dates yet",
                        "Mural za zeleno Ljubljano");
    }

    @Test
    void the_board_speaks_slovenian_too() {
        login(AMBASSADOR);
        slovenian();
        BoardView view = navigate(BoardView.class);
        assertThat(text(view.lists.get(Stage.PLANNING).getParent().orElseThrow()))
                .startsWith("Načrtovanje (");
        assertThat(column(view, Stage.PLANNING)).contains("Vodje: Ana Ambassador", "Opravljeno 0 od 2 nalog");
        assertThat(view.create.getText()).isEqualTo("Nova kampanja");
    }

    @Test
    void moving_to_done_asks_for_outcomes_first_and_cancelling_leaves_the_card() {
        login(AMBASSADOR);
        Campaign c = board.create("Board move", CampaignKind.ARTS, null);
        BoardView view = board();
        BoardService.BoardCard card = board.board(BoardService.BoardFilter.ALL).stream()
                .filter(x -> x.id() == c.getId())
                .findFirst()
                .orElseThrow();

        view.move(card, Stage.PLANNING, 0);
        assertThat(column(view, Stage.PLANNING)).contains("Board move");
        assertThat(view.announcer.getText()).isEqualTo("\u201CBoard move\u201D moved to Planning, position 1.");

        card = board.board(BoardService.BoardFilter.ALL).stream()
                .filter(x -> x.id() == c.getId())
                .findFirst()
                .orElseThrow();
        view.move(card, Stage.DONE, Integer.MAX_VALUE);
        OutcomesDialog dialog = $(OutcomesDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.story.isInvalid()).isTrue();
        assertThat(dialog.story.getErrorMessage())
                .isEqualTo("Please tell the story of the campaign in a few sentences.");
        dialog.close();
        assertThat(column(view, Stage.DONE)).doesNotContain("Board move");

        view.move(card, Stage.DONE, Integer.MAX_VALUE);
        dialog = $(OutcomesDialog.class).single();
        test(dialog.peopleReached).setValue(40);
        test(dialog.story).setValue("We painted a mural with 40 neighbours.");
        test(dialog.save).click();
        assertThat(column(view, Stage.DONE)).contains("Board move", "Your team", "Reached 40 people");
        assertThat(campaigns.get(c.getId()).getOutcomes().peopleReached()).isEqualTo(40);

        // A card moved by someone else meanwhile: the stale move is refused and the board shows the truth.
        BoardService.BoardCard stale = board.board(BoardService.BoardFilter.ALL).stream()
                .filter(x -> x.id() == c.getId())
                .findFirst()
                .orElseThrow();
        Campaign now = campaigns.get(c.getId());
        board.move(c.getId(), now.getVersion(), Stage.EVALUATED, 0, null);
        view.move(stale, Stage.IN_ACTION, 0);
        assertThat(notifications())
                .contains(
                        "Someone else moved or changed \u201CBoard move\u201D a moment ago. The board now shows where it is.");
        assertThat(column(view, Stage.EVALUATED)).contains("Board move");
        assertThat(column(view, Stage.IN_ACTION)).doesNotContain("Board move");
    }

    @Test
    void down_in_a_filtered_column_passes_the_next_card_shown() {
        login(AMBASSADOR);
        Campaign x = board.create("Filtered X", CampaignKind.ARTS, null);
        Campaign y = board.create("Filtered Y", CampaignKind.ADVOCACY, null);
        Campaign z = board.create("Filtered Z", CampaignKind.ARTS, null);
        BoardView view = board();
        view.kind.setValue(CampaignKind.ARTS);
        var card = view.lists
                .get(Stage.IDEA)
                .getChildren()
                .filter(c -> ("campaign-card-" + x.getId()).equals(c.getId().orElse(null)))
                .findFirst()
                .orElseThrow();
        BoardEvents.chooseMove(view, (BoardCardItem) card, "Down in this column");
        List<Long> idea = board.board(new BoardService.BoardFilter(false, null, null, Stage.IDEA)).stream()
                .map(BoardService.BoardCard::id)
                .toList();
        assertThat(idea.indexOf(x.getId())).isGreaterThan(idea.indexOf(z.getId()));
        assertThat(idea.indexOf(y.getId()))
                .as("the hidden card keeps its place before Z")
                .isLessThan(idea.indexOf(z.getId()));
        assertThat(text(view.lists.get(Stage.IDEA))).containsSubsequence("Filtered Z", "Filtered X");
    }

    @Test
    void the_board_turns_push_on_for_its_tab_and_a_page_without_live_changes_turns_it_off() {
        board();
        UI ui = UI.getCurrent();
        assertThat(ui.getPushConfiguration().getPushMode()).isEqualTo(PushMode.AUTOMATIC);

        navigate(RecommendationsView.class);
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse(); // as before the answer is written
        assertThat(ui.getPushConfiguration().getPushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void a_city_admin_reads_the_board_without_moving_cards() {
        login(CITY_ADMIN);
        english();
        BoardView view = navigate(BoardView.class);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(column(view, Stage.PLANNING)).contains("Svetovalec na vsaki šoli");
        assertThat(view.lists.values().stream().flatMap(l -> l.getChildren()).filter(BoardCardItem.class::isInstance))
                .isNotEmpty()
                .allSatisfy(card -> assertThat(((BoardCardItem) card).drawn().select("vaadin-menu-bar"))
                        .as("no move menu")
                        .isEmpty());
    }

    private CampaignView page(String email, long id) {
        login(email);
        english();
        return navigate("ambassador/campaign/" + id, CampaignView.class);
    }

    @Test
    void the_campaign_page_saves_details_and_puts_problems_next_to_the_field() {
        login(AMBASSADOR);
        Campaign c = board.create("Page details", CampaignKind.ADVOCACY, null);
        CampaignView view = page(AMBASSADOR, c.getId());
        assertThat(view.title.getText()).isEqualTo("Page details");
        view.details.startsOn.setValue(LocalDate.of(2027, 5, 1));
        view.details.endsOn.setValue(LocalDate.of(2027, 4, 1));
        test(view.details.save).click();
        assertThat(view.details.endsOn.isInvalid()).isTrue();
        assertThat(view.details.endsOn.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");

        view.details.endsOn.setValue(LocalDate.of(2027, 6, 1));
        view.details.goal.setValue("Every school has a quiet room.");
        view.details.themes.setValue(Set.of(Theme.MENTAL_HEALTH));
        test(view.details.save).click();
        assertThat(notifications()).contains("Campaign saved.");
        assertThat(campaigns.get(c.getId()).getGoal()).isEqualTo("Every school has a quiet room.");
        assertThat(text(view.history)).contains("Ana Ambassador: changed the goal, the themes, the dates");
    }

    @Test
    void the_stage_changes_on_the_page_too_and_done_asks_for_outcomes() {
        login(AMBASSADOR);
        Campaign c = board.create("Page stage", CampaignKind.ARTS, null);
        CampaignView view = page(AMBASSADOR, c.getId());
        view.moveTo(Stage.PLANNING);
        assertThat(view.stage.getText()).isEqualTo("Planning");
        view.moveTo(Stage.DONE);
        OutcomesDialog dialog = $(OutcomesDialog.class).single();
        test(dialog.story).setValue("Three murals in one week.");
        test(dialog.artworks).setValue(3);
        test(dialog.save).click();
        assertThat(view.stage.getText()).isEqualTo("Done");
        assertThat(text(view.outcomeSection.figures)).contains("Artworks made: 3", "Three murals in one week.");
    }

    @Test
    void a_campaign_acts_in_several_places_each_optionally_on_the_map() {
        login(AMBASSADOR);
        Campaign c = board.create("Places page", CampaignKind.ARTS, null);
        CampaignView view = page(AMBASSADOR, c.getId());
        PlacesEditor places = view.details.places;
        assertThat(text(places.list)).contains("No places yet.");
        test(places.add).click();
        assertThat(places.name.isInvalid()).isTrue();
        assertThat(places.name.getErrorMessage()).isEqualTo("Please name each place.");

        places.name.setValue("Tivoli park");
        places.location.setValue(new GeoPoint(46.0546, 14.4971));
        test(places.add).click();
        places.name.setValue("Youth centre Rog");
        test(places.add).click();
        places.name.setValue("Library Otona Župančiča");
        test(view.details.save).click();
        assertThat(notifications()).contains("Campaign saved.");
        assertThat(campaigns.get(c.getId()).places())
                .extracting(CampaignDraft.Place::name)
                .containsExactly("Tivoli park", "Youth centre Rog", "Library Otona Župančiča");
        assertThat(campaigns.get(c.getId()).places().getFirst().location()).isNotNull();
        assertThat(text(places.list)).contains("Tivoli park (on the map)", "Youth centre Rog");
        assertThat(text(view.history)).contains("changed the places");

        test($(Button.class, places.list).all().stream()
                        .filter(b -> "Remove the place \u201CYouth centre Rog\u201D"
                                .equals(b.getElement().getAttribute("aria-label")))
                        .findFirst()
                        .orElseThrow())
                .click();
        test(view.details.save).click();
        assertThat(campaigns.get(c.getId()).places())
                .extracting(CampaignDraft.Place::name)
                .containsExactly("Tivoli park", "Library Otona Župančiča");
    }

    @Test
    void someone_elses_save_is_not_overwritten() {
        login(AMBASSADOR);
        Campaign c = board.create("Two editors", CampaignKind.ADVOCACY, null);
        CampaignView view = page(AMBASSADOR, c.getId());
        // Meanwhile the same campaign is saved in another window.
        CampaignDraft d = c.toDraft();
        campaigns.save(
                c.getId(),
                c.getVersion(),
                new CampaignDraft(
                        "Two editors (theirs)",
                        d.kind(),
                        "their goal",
                        "",
                        d.themes(),
                        d.audiences(),
                        d.recommendationIds(),
                        null,
                        null,
                        false,
                        List.of(),
                        List.of()));
        view.details.goal.setValue("my goal");
        test(view.details.save).click();
        ConfirmDialog notice = $(ConfirmDialog.class).single();
        assertThat(notice.isOpened())
                .as("someone else changed it: told, not overwritten")
                .isTrue();
        assertThat(notice.getElement().getProperty("header")).isEqualTo("Someone else changed this");
        assertThat(view.details.goal.getValue()).as("what was typed stays").isEqualTo("my goal");
        assertThat(campaigns.get(c.getId()).getGoal()).isEqualTo("their goal");
        test(notice).confirm();
        assertThat(view.details.goal.getValue()).isEqualTo("their goal");
        assertThat(view.stale.isVisible()).isFalse();
    }

    @Test
    void the_task_list_adds_assigns_and_ticks_off_tasks() {
        login(AMBASSADOR);
        Campaign c = board.create("Tasks page", CampaignKind.ADVOCACY, null);
        CampaignView view = page(AMBASSADOR, c.getId());
        TaskList tasks = view.tasks;
        assertThat(tasks.heading.getText()).isEqualTo("Tasks (0 of 0 done)");
        test(tasks.add).click();
        assertThat(tasks.title.isInvalid()).isTrue();
        assertThat(tasks.title.getErrorMessage()).isEqualTo("Please fill this in.");

        test(tasks.title).setValue("Book the hall");
        tasks.assignee.setValue(
                tasks.assignee.getListDataView().getItems().findFirst().orElseThrow());
        tasks.due.setValue(LocalDate.of(2027, 2, 1));
        test(tasks.add).click();
        assertThat(tasks.heading.getText()).isEqualTo("Tasks (0 of 1 done)");
        assertThat(text(tasks.items)).contains("Ana Ambassador", "due Feb 1, 2027");

        Checkbox box = $(Checkbox.class, tasks.items).single();
        test(box).click();
        assertThat(tasks.heading.getText()).isEqualTo("Tasks (1 of 1 done)");
        assertThat(text(view.history)).contains("ticked off \u201CBook the hall\u201D");
    }

    @Test
    void others_read_the_page_and_cannot_change_it() {
        login(AMBASSADOR);
        Campaign c = board.create("Read only", CampaignKind.ADVOCACY, null);
        CampaignView view = page(SECOND, c.getId());
        assertThat(view.details.save.isVisible()).isFalse();
        assertThat(view.details.title.isReadOnly()).isTrue();
        assertThat(view.tasks.add.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.reachSection.publishEvent.isVisible()).isFalse();
        assertThat(view.comments
                        .post
                        .getParent()
                        .orElseThrow()
                        .getParent()
                        .orElseThrow()
                        .isVisible())
                .isFalse();

        test(view.askToJoin).click();
        assertThat(notifications()).contains("The team's leads have been told. They can add you to the team.");
        assertThat(view.askToJoin.isEnabled()).isFalse();
        login(AMBASSADOR);
        // The notice is left after commit, on another thread.
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(20)).anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notice.campaign.join-request");
                    assertThat(n.args()).containsExactly("Bor Ambassador", "Read only");
                }));
    }

    @Test
    void an_action_goes_to_moderation_as_a_public_event() {
        login(AMBASSADOR);
        Campaign c = board.create("Event page", CampaignKind.ARTS, null);
        CampaignView view = page(AMBASSADOR, c.getId());
        assertThat(text(view.reachSection.status)).contains("No public event yet.");
        test(view.reachSection.publishEvent).click();
        PublicEventDialog dialog = $(PublicEventDialog.class).single();
        dialog.online.setValue(true);
        dialog.startsAt.setValue(LocalDateTime.of(2027, 6, 1, 17, 0));
        dialog.link.setValue("https://example.org/live");
        test(dialog.submit).click();
        assertThat(dialog.problem.getText())
                .as("no theme yet")
                .isEqualTo("Please choose at least one theme for the campaign first: the map shows events by theme.");
        dialog.close();

        view.details.themes.setValue(Set.of(Theme.ARTS_CULTURE));
        test(view.details.save).click();
        test(view.reachSection.publishEvent).click();
        dialog = $(PublicEventDialog.class).single();
        dialog.online.setValue(true);
        dialog.startsAt.setValue(LocalDateTime.of(2027, 6, 1, 17, 0));
        dialog.link.setValue("https://example.org/live");
        test(dialog.submit).click();
        assertThat(dialog.problem.getText()).as("the summary is missing").isNotEmpty();
        dialog.summary.setValue("Live poetry from the campaign");
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(text(view.reachSection.status)).contains("Public event: Waiting for moderation");
        assertThat(text(view.history)).contains("sent the public event \u201CEvent page\u201D to moderation");

        // The moderator sees it with the campaign as organiser, and approves it.
        long eventId = campaigns.get(c.getId()).getEventOpportunityId();
        login(MODERATOR);
        english();
        var detail = navigate("moderation/opportunity/" + eventId, ModerationDetailView.class);
        assertThat(text(detail)).contains("Live poetry from the campaign", "Event page");
        test($(Button.class, detail).all().stream()
                        .filter(b -> "Approve and publish".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();
        login(AMBASSADOR);
        english();
        CampaignView again = navigate("ambassador/campaign/" + c.getId(), CampaignView.class);
        assertThat(text(again.reachSection.status)).contains("Public event: Published");
        assertThat(text(again.history)).contains("Maja Moderator: approved the public event");
    }

    @Test
    void comments_with_a_mention_picked_from_the_list() {
        login(AMBASSADOR);
        Campaign c = board.create("Comments page", CampaignKind.ADVOCACY, null);
        CampaignView view = page(AMBASSADOR, c.getId());
        CommentsPanel comments = view.comments;
        test(comments.post).click();
        assertThat(comments.text.isInvalid()).isTrue();
        test(comments.text).setValue("Can you call the school?");
        comments.mention.setValue(comments.mention
                .getListDataView()
                .getItems()
                .filter(p -> p.name().equals("Bor Ambassador"))
                .findFirst()
                .orElseThrow());
        assertThat(comments.text.getValue()).isEqualTo("Can you call the school? @Bor Ambassador ");
        test(comments.post).click();
        assertThat(text(comments.list)).contains("Ana Ambassador", "Can you call the school? @Bor Ambassador");
    }

    @Test
    void an_ambassador_starts_a_campaign_from_the_library() {
        login(AMBASSADOR);
        english();
        RecommendationsView view = navigate(RecommendationsView.class);
        assertThat(text(view.list))
                .contains(
                        "A trained counsellor in every school",
                        "Source: Cities of Learning Youth Forum 2025",
                        "Free public transport for under-26s");
        Button start = $(Button.class, view.list).all().stream()
                .filter(b -> "Start a campaign carrying \u201CYoung people at the table\u201D"
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        test(start).click();
        NewCampaignDialog dialog = $(NewCampaignDialog.class).single();
        assertThat(dialog.title.getValue()).isEqualTo("Young people at the table");
        assertThat(dialog.recommendation.getValue()).isNotNull();
        test(dialog.create).click();
        CampaignView page = $(CampaignView.class).single();
        assertThat(page.title.getText()).isEqualTo("Young people at the table");
        assertThat(page.details.recommendations.getValue()).hasSize(1);
    }

    @Test
    void a_proposal_waits_for_the_city_admin_who_accepts_it() {
        login(AMBASSADOR);
        english();
        RecommendationsView view = navigate(RecommendationsView.class);
        test(view.propose).click();
        ProposeDialog dialog = $(ProposeDialog.class).single();
        assertThat(dialog.title.inputs().keySet())
                .as("the city's languages, its first first")
                .containsExactly("sl", "en");
        test(dialog.send).click();
        assertThat(dialog.theme.getErrorMessage()).isEqualTo("Please choose a theme.");
        dialog.theme.setValue(Theme.SUSTAINABILITY);
        dialog.source.setValue("School strike 2026");
        test((TextField) dialog.title.inputs().get("en")).setValue("Repair cafés in every library");
        test(dialog.send).click();
        assertThat(dialog.text.inputs().get("en").getErrorMessage())
                .isEqualTo("Please fill in both the title and the text in EN, or leave both empty.");
        test((TextArea) dialog.text.inputs().get("en"))
                .setValue("Every city library hosts a monthly repair café run with young volunteers.");
        test(dialog.send).click();
        assertThat(dialog.isOpened()).isFalse();
        view.proposals.setValue(true);
        assertThat(text(view.list)).contains("Repair cafés in every library", "Waiting for curation");

        login(CITY_ADMIN);
        english();
        navigate(BoardView.class); // a new sign-in gets a new page; here the same UI goes on
        RecommendationsView admin = navigate(RecommendationsView.class);
        Button accept = $(Button.class, admin.list).all().stream()
                .filter(b -> "Accept \u201CRepair cafés in every library\u201D"
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        test(accept).click();
        assertThat(notifications()).contains("The recommendation is now in the library.");
        login(SECOND);
        navigate(BoardView.class);
        assertThat(text(navigate(RecommendationsView.class).list)).contains("Repair cafés in every library");
    }

    @Test
    void a_city_admin_sees_outcomes_by_theme_and_chooses_the_campaign_badge() {
        login(CITY_ADMIN);
        english();
        CampaignSummaryView view = navigate(CampaignSummaryView.class);
        Long chosenBefore = reachingOut.campaignBadge().map(Badge::getId).orElse(null);
        assertThat(view.badge.getListDataView().getItems()).isNotEmpty();
        assertThat(view.grid.getColumns()).hasSize(8);
        assertThat(test(view.grid).size()).as("the demo campaigns' themes").isGreaterThanOrEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isNotBlank();
        view.badge.setValue(view.badge.getListDataView().getItems().findFirst().orElseThrow());
        test(view.saveBadge).click();
        assertThat(notifications()).contains("Badge choice saved.");
        assertThat(reachingOut.campaignBadge()).isPresent();
        view.badge.clear();
        test(view.saveBadge).click();
        assertThat(reachingOut.campaignBadge()).isEmpty();
        reachingOut.chooseCampaignBadge(chosenBefore); // the demo's choice, which other tests read
    }

    @Test
    void a_city_admin_confirms_an_evaluation_waiting_on_the_summary_page() {
        login(AMBASSADOR);
        Campaign c = board.create("Evaluated mural", CampaignKind.ARTS, null);
        board.move(
                c.getId(),
                c.getVersion(),
                Stage.EVALUATED,
                0,
                new Outcomes(30, null, 1, null, 1, "We painted a mural with 30 neighbours."));

        login(CITY_ADMIN);
        english();
        CampaignSummaryView view = navigate(CampaignSummaryView.class);
        assertThat(text(view.awaiting))
                .contains("Evaluated mural", "Evaluated by the team, waiting for your confirmation");
        Button confirm = $(Button.class).from(view.awaiting).all().stream()
                .filter(b -> "Confirm the evaluation: Evaluated mural"
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        test(confirm).click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("Evaluation confirmed"));
        assertThat(text(view.awaiting)).doesNotContain("Evaluated mural");
        assertThat(board.awaitingConfirmation()).noneMatch(x -> x.getId().equals(c.getId()));
    }
}
