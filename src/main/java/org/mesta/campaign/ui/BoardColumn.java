package org.mesta.campaign.ui;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.mesta.campaign.BoardService.BoardCard;
import org.mesta.campaign.Stage;

/** One stage's column of the board: a heading with the count, the cards as a list, a drop zone below the last. */
class BoardColumn extends Div {

    final Div list = new Div();
    private final H2 heading = new H2();
    private final Stage stage;
    private final boolean ambassador;
    private final CardMoves moves;

    BoardColumn(Stage stage, boolean ambassador, CardMoves moves) {
        this.stage = stage;
        this.ambassador = ambassador;
        this.moves = moves;
        addClassName("campaign-column");
        getElement().setAttribute("role", "region");
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        heading.setId("column-" + stage.name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassName("campaign-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("data-stage", stage.name());
        // Dropping below the last card puts the card at the end of the column.
        Div end = new Div();
        end.addClassName("campaign-drop-end");
        end.getElement().setAttribute("data-stage", stage.name());
        DropTarget<Div> endTarget = DropTarget.create(end);
        endTarget.setDropEffect(DropEffect.MOVE);
        endTarget.addDropListener(
                e -> e.getDragData().ifPresent(id -> moves.dropped((Long) id, stage, Integer.MAX_VALUE)));
        add(heading, list, end);
    }

    /** Shows these cards (the column's, in order); the heading says how many. */
    void show(List<BoardCard> in) {
        list.removeAll();
        for (int i = 0; i < in.size(); i++) {
            list.add(new BoardCardItem(in.get(i), i, in.size(), ambassador, moves));
        }
        heading.setText(getTranslation("campaign.column", getTranslation(stage.translationKey()), in.size()));
        // A list must hold list items only (axe: aria-required-children): an empty column is no list.
        if (in.isEmpty()) {
            list.getElement().removeAttribute("role");
            Span empty = new Span(getTranslation("campaign.column.empty"));
            empty.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            list.add(empty);
        } else {
            list.getElement().setAttribute("role", "list");
        }
    }
}
