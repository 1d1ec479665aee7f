package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the board's browser code (mesta-board.ts) reports to the server, for browserless tests: a card dropped, an
 * Alt+arrow key, a choice in a card's "Move to…" menu. Fired as the browser fires them, on the board's element with
 * the details it asks for, so the listeners' wiring is tested too.
 */
final class BoardEvents {

    private BoardEvents() {}

    static void drop(BoardView view, long card, long onto, String stage) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail.card", card);
        data.put("event.detail.onto", onto);
        data.put("event.detail.stage", stage);
        fire(view, "mesta-card-drop", data);
    }

    static void key(BoardView view, long card, String key) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail.card", card);
        data.put("event.detail.key", key);
        fire(view, "mesta-card-key", data);
    }

    /**
     * Chooses {@code label} in the card's "Move to…" menu as the browser does: the card must show the menu, the label
     * is one of the board's menu words, and the choice is reported as a drop at the end of a stage or an up/down key.
     */
    static void chooseMove(BoardView view, BoardCardItem card, String label) {
        assertThat(card.drawn().select("vaadin-menu-bar.campaign-move"))
                .as("the card shows a move menu")
                .hasSize(1);
        JsonNode words = JacksonUtils.readTree(view.columns.getElement().getAttribute("data-move-labels"));
        long id = card.card().id();
        if (words.get("up").asString().equals(label)) {
            key(view, id, "up");
        } else if (words.get("down").asString().equals(label)) {
            key(view, id, "down");
        } else {
            String stage = JacksonUtils.<JsonNode>stream((ArrayNode) words.get("stages"))
                    .filter(s -> s.get(1).asString().equals(label))
                    .map(s -> s.get(0).asString())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no choice " + label + " in " + words));
            drop(view, id, -1, stage);
        }
    }

    private static void fire(BoardView view, String type, ObjectNode data) {
        view.columns
                .getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(view.columns.getElement(), type, data));
    }
}
