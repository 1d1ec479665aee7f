package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.StateNodes;
import org.mesta.ViewTest;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.ChecklistService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an open board keeps in its session (#17): a card is one state node whoever runs it (the card, its words its own
 * markup); one's own card's "Move to…" menu is in its markup too, filled by the browser.
 */
class BoardWeightTest extends ViewTest {

    /**
     * A card held 10-16 nodes, then 2 (someone else's) and 4 (one's own, with a MenuBar of eight items, each listening to
     * clicks with ten details) when its words became markup, 2 when the menu became markup the browser fills, and 1 when
     * the words became the card element's own markup (30 cards on a board under UiLoadBenchmark were 60 nodes).
     */
    static final int OTHERS_CARD = 1;

    static final int OWN_CARD = 1;

    @Autowired
    BoardService board;

    @Autowired
    ChecklistService checklist;

    @Test
    void a_card_on_the_board_holds_few_state_nodes_whoever_runs_it() {
        Campaign his = SignedIn.as(
                users, "ambassador2@mesta.example", () -> board.create("Bor's card", CampaignKind.ADVOCACY, null));
        login(AMBASSADOR);
        Campaign mine = board.create("Ana's card", CampaignKind.ARTS, null);
        checklist.addTask(mine.getId(), "Book the hall", null, null);
        english();
        BoardView view = navigate(BoardView.class);

        Map<String, Integer> byTag = StateNodes.byTag(UI.getCurrent());
        System.out.println("Board state nodes: " + StateNodes.total(byTag) + " " + byTag);
        StateNodes.listeners(UI.getCurrent()).forEach((k, v) -> System.out.println("Board listeners " + v + " x " + k));
        Component hisCard = card(view, his);
        Component myCard = card(view, mine);
        System.out.println(
                "Board card nodes: someone else's " + StateNodes.in(hisCard) + ", one's own " + StateNodes.in(myCard));
        assertThat(text(myCard)).contains("Ana's card", "Next: Book the hall", "0 of 1 tasks done");
        assertThat(StateNodes.in(hisCard)).as("someone else's card").isLessThanOrEqualTo(OTHERS_CARD);
        assertThat(StateNodes.in(myCard)).as("one's own card, with its menu").isLessThanOrEqualTo(OWN_CARD);
        assertThat(((BoardCardItem) myCard)
                        .drawn()
                        .select("vaadin-menu-bar.campaign-move")
                        .attr("data-label"))
                .as("one's own card's menu, named after it")
                .isEqualTo("Move \u201CAna's card\u201D to…");
        assertThat(((BoardCardItem) hisCard).drawn().select("vaadin-menu-bar"))
                .as("no menu on someone else's card")
                .isEmpty();
    }

    private static Component card(BoardView view, Campaign c) {
        return view.lists.values().stream()
                .flatMap(Component::getChildren)
                .filter(x -> ("campaign-card-" + c.getId()).equals(x.getId().orElse(null)))
                .findFirst()
                .orElseThrow();
    }
}
