package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;
import static org.mesta.campaign.ui.BoardEvents.drop;
import static org.mesta.campaign.ui.BoardEvents.key;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.StateNodes;
import org.mesta.ViewTest;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.BoardService.BoardFilter;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.Stage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board's dragging and Alt+arrow keys are handled in the browser (mesta-board.ts), which tells the board which
 * card went where (#17): the board moves one's own cards as told and nothing else, whatever a browser sends; the
 * cards themselves listen to nothing.
 */
class BoardDragAndKeysTest extends ViewTest {

    @Autowired
    BoardService board;

    @Test
    void a_card_dropped_or_moved_with_keys_moves_and_only_ones_own() {
        Campaign his = SignedIn.as(
                users, "ambassador2@mesta.example", () -> board.create("Bor's poster", CampaignKind.ADVOCACY, null));
        login(AMBASSADOR);
        Campaign mine = board.create("Ana's mural", CampaignKind.ARTS, null);
        Campaign other = board.create("Ana's zine", CampaignKind.ARTS, null);
        english();
        BoardView view = navigate(BoardView.class);

        drop(view, mine.getId(), -1, "PLANNING");
        assertThat(stage(mine)).isEqualTo(Stage.PLANNING);
        key(view, mine.getId(), "left");
        assertThat(stage(mine)).isEqualTo(Stage.IDEA);
        key(view, mine.getId(), "right");
        assertThat(stage(mine)).isEqualTo(Stage.PLANNING);
        drop(view, other.getId(), mine.getId(), "");
        assertThat(stage(other)).as("dropped on a card: in its column").isEqualTo(Stage.PLANNING);

        drop(view, his.getId(), -1, "PLANNING");
        key(view, his.getId(), "right");
        assertThat(stage(his)).as("someone else's card stays").isEqualTo(Stage.IDEA);
        drop(view, mine.getId(), -1, "NOWHERE");
        key(view, mine.getId(), "sideways");
        drop(view, 999_999_999L, -1, "DONE");
        assertThat(stage(mine))
                .as("made-up stages, keys and cards move nothing")
                .isEqualTo(Stage.PLANNING);

        assertThat(StateNodes.listeners(UI.getCurrent()).keySet())
                .as("no card or column end listens: the board does")
                .noneMatch(l -> l.contains(" drop(") || l.contains(" dragstart(") || l.contains(" keydown("));
    }

    private Stage stage(Campaign c) {
        return board.board(BoardFilter.ALL).stream()
                .filter(x -> x.id() == c.getId())
                .findFirst()
                .orElseThrow()
                .stage();
    }
}
