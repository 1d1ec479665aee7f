package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;

import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.Stage;
import org.springframework.beans.factory.annotation.Autowired;

/** The board on a phone: one column at a time, picked with tabs, and cards moved with their "Move to…" menu. */
class BoardOnPhonesTest extends ViewTest {

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    /** Board refreshes pushed by one's own moves are queued: run them while still signed in. */
    @AfterEach
    void runPushedRefreshes() {
        var session = VaadinSession.getCurrent();
        if (session != null) session.getService().runPendingAccessTasks(session);
    }

    private static Stage[] shownOnPhone(BoardView view) {
        return Arrays.stream(Stage.values())
                .filter(s -> view.lists
                        .get(s)
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getClassList()
                        .contains("phone-current"))
                .toArray(Stage[]::new);
    }

    @Test
    void a_phone_shows_one_column_and_the_tabs_switch_it() {
        login(AMBASSADOR);
        english();
        BoardView view = navigate(BoardView.class);
        assertThat(shownOnPhone(view)).containsExactly(Stage.IDEA);
        assertThat(view.stageTabs.tabs().get(Stage.PLANNING.ordinal()).label()).startsWith("Planning (");

        commit(view.stageTabs, "selected", Stage.PLANNING.ordinal());
        assertThat(shownOnPhone(view)).containsExactly(Stage.PLANNING);
        assertThat(text(view.lists.get(Stage.PLANNING))).contains("Svetovalec na vsaki šoli");

        commit(view.views, "selected", 1);
        assertThat(view.stageTabs.isVisible())
                .as("no column picker on the timeline")
                .isFalse();
    }

    @Test
    void move_to_moves_the_card_through_the_board_service_and_the_phone_follows_it() {
        login(AMBASSADOR);
        Campaign c = board.create("Phone move", CampaignKind.ARTS, null);
        english();
        BoardView view = navigate(BoardView.class);
        var card = view.lists
                .get(Stage.IDEA)
                .getChildren()
                .filter(x -> ("campaign-card-" + c.getId()).equals(x.getId().orElse(null)))
                .findFirst()
                .orElseThrow();
        BoardEvents.chooseMove(view, (BoardCardItem) card, "Planning");

        assertThat(campaigns.get(c.getId()).getStage()).isEqualTo(Stage.PLANNING);
        assertThat(campaigns.get(c.getId()).getVersion())
                .as("stored, with a new version")
                .isGreaterThan(c.getVersion());
        assertThat(view.currentColumn()).isEqualTo(Stage.PLANNING);
        assertThat(shownOnPhone(view)).containsExactly(Stage.PLANNING);
        assertThat(text(view.lists.get(Stage.PLANNING))).contains("Phone move");
        assertThat(view.announcer.getText()).contains("\u201CPhone move\u201D moved to Planning");
    }

    @Test
    void the_stage_filter_and_the_phone_column_agree() {
        login(AMBASSADOR);
        english();
        BoardView view = navigate(BoardView.class);
        view.stage.setValue(Stage.IN_ACTION);
        assertThat(shownOnPhone(view)).containsExactly(Stage.IN_ACTION);
        assertThat(view.stageTabs.tabs().get(Stage.IDEA.ordinal()).visible()).isFalse();
    }
}
