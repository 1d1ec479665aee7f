package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.AMBASSADOR;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.ChecklistService;
import org.mesta.campaign.Stage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board follows other people's changes by push without being redrawn: only the card that moved is taken out of
 * its column and put in the other, every card keeps its component, and the card someone sits on with the keyboard
 * is never taken out of the page (which is what lost the focus of keyboard users on a busy board, #17).
 */
class BoardFollowsOthersTest extends ViewTest {

    static final String BOR = "ambassador2@mesta.example";

    @Autowired
    BoardService board;

    @Autowired
    ChecklistService checklist;

    @AfterEach
    void runPushedRefreshes() {
        var session = VaadinSession.getCurrent();
        if (session != null) session.getService().runPendingAccessTasks(session);
    }

    /** The cards on the board by element id, with the component that shows each. */
    private static Map<String, Component> cards(BoardView view) {
        Map<String, Component> cards = new HashMap<>();
        view.lists
                .values()
                .forEach(list -> list.getChildren()
                        .filter(BoardCardItem.class::isInstance)
                        .forEach(c -> cards.put(c.getId().orElseThrow(), c)));
        return cards;
    }

    private static Stage columnOf(BoardView view, Component card) {
        return view.lists.entrySet().stream()
                .filter(e -> card.getParent().orElse(null) == e.getValue())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** Bor does it in his own session (not this UI), and this board hears of it by push, as his change arrives. */
    private <T> T byBor(Supplier<T> change) {
        UI mine = UI.getCurrent();
        UI.setCurrent(null);
        try {
            return SignedIn.as(users, BOR, change);
        } finally {
            UI.setCurrent(mine);
            login(AMBASSADOR);
        }
    }

    private void pushArrives() {
        VaadinSession session = VaadinSession.getCurrent();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !session.getPendingAccessQueue().isEmpty());
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    void a_move_by_someone_else_moves_only_that_card_and_keeps_every_card_component_and_the_keyboard_focus() {
        Campaign his = SignedIn.as(users, BOR, () -> board.create("Bor's card", CampaignKind.ADVOCACY, null));
        login(AMBASSADOR);
        Campaign mine = board.create("Ana's card", CampaignKind.ARTS, null);
        english();
        BoardView view = navigate(BoardView.class);
        Map<String, Component> before = cards(view);
        Component hisCard = before.get("campaign-card-" + his.getId());
        Component myCard = before.get("campaign-card-" + mine.getId());
        assertThat(columnOf(view, hisCard)).isEqualTo(Stage.IDEA);
        String planningBefore =
                view.stageTabs.tabs().get(Stage.PLANNING.ordinal()).label();
        // Ana sits on her card with the keyboard; any card taken out of the page (and put back) loses the focus.
        List<String> takenOut = new CopyOnWriteArrayList<>();
        before.forEach((id, c) -> c.addDetachListener(e -> takenOut.add(id)));

        byBor(() -> board.move(his.getId(), his.getVersion(), Stage.PLANNING, 0, null));
        pushArrives();

        Map<String, Component> after = cards(view);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before.forEach((id, c) -> assertThat(after.get(id)).as(id).isSameAs(c));
        assertThat(columnOf(view, hisCard)).isEqualTo(Stage.PLANNING);
        assertThat(view.lists.get(Stage.PLANNING).getChildren().findFirst()).contains(hisCard);
        assertThat(takenOut)
                .as("only the moved card left the page")
                .containsExactly(hisCard.getId().orElseThrow());
        assertThat(columnOf(view, myCard)).isEqualTo(Stage.IDEA);
        assertThat(view.stageTabs.tabs().get(Stage.PLANNING.ordinal()).label())
                .isNotEqualTo(planningBefore)
                .startsWith("Planning (");
        assertThat(view.announcer.getText()).isEqualTo("\u201CBor's card\u201D is now in Planning.");
        assertThat(hisCard.getElement().getAttribute("aria-label")).contains("Planning");

        // A task added on his card: the card says so, in the same component, and still nobody's card left the page.
        takenOut.clear();
        byBor(() -> checklist.addTask(his.getId(), "Book the hall", null, null));
        pushArrives();
        assertThat(cards(view).get("campaign-card-" + his.getId())).isSameAs(hisCard);
        assertThat(text(hisCard)).contains("Next: Book the hall", "0 of 1 tasks done");
        assertThat(takenOut).isEmpty();
    }

    @Test
    void one_s_own_move_keeps_the_card_component_and_its_keys_and_menu_follow_where_it_is() {
        login(AMBASSADOR);
        Campaign mine = board.create("Moving card", CampaignKind.ARTS, null);
        english();
        BoardView view = navigate(BoardView.class);
        Component card = cards(view).get("campaign-card-" + mine.getId());
        BoardCardItem item = (BoardCardItem) card;

        view.move(item.card(), Stage.PLANNING, Integer.MAX_VALUE);
        assertThat(cards(view).get("campaign-card-" + mine.getId())).isSameAs(card);
        assertThat(columnOf(view, card)).isEqualTo(Stage.PLANNING);
        assertThat(item.card().stage())
                .as("the card's keys and menu act on where it is now")
                .isEqualTo(Stage.PLANNING);

        // Stepping back from where it is now (what Alt+Left does) takes it back to the ideas.
        view.step(item.card(), -1);
        assertThat(columnOf(view, card)).isEqualTo(Stage.IDEA);
        assertThat(cards(view).get("campaign-card-" + mine.getId())).isSameAs(card);
    }
}
