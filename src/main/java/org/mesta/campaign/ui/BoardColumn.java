package org.mesta.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mesta.campaign.Stage;

/** One stage's column of the board: a heading with the count, the cards as a list, a drop zone below the last. */
class BoardColumn extends Div {

    final Div list = new Div();
    private final H2 heading = new H2();
    /** "No campaigns here": made when the column is first empty (a node kept for each of six columns otherwise). */
    private Span empty;

    private int count = -1;
    private final Stage stage;

    BoardColumn(Stage stage) {
        this.stage = stage;
        addClassName("campaign-column");
        getElement().setAttribute("role", "region");
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        heading.setId("column-" + stage.name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassName("campaign-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("data-stage", stage.name());
        // Dropping below the last card puts the card at the end of the column (the board handles it, mesta-board.ts).
        Div end = new Div();
        end.addClassName("campaign-drop-end");
        end.getElement().setAttribute("data-stage", stage.name());
        add(heading, list, end);
    }

    /**
     * Shows these cards (the column's, in order) and says how many in the heading. The cards already here stay
     * where they are as far as the order allows (the longest run of them in the right order is not touched), the
     * others are put in their places: so someone else's move changes the one card it moved, and the browser keeps
     * the focus of whoever is on another card. Returns the cards that were put in (and lost any focus they had).
     */
    List<BoardCardItem> show(List<BoardCardItem> in) {
        Set<Component> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(in);
        if (in.isEmpty()) wanted.add(empty());
        list.getChildren().filter(c -> !wanted.contains(c)).toList().forEach(list::remove);
        List<BoardCardItem> here = list.getChildren()
                .filter(BoardCardItem.class::isInstance)
                .map(BoardCardItem.class::cast)
                .toList();
        Set<BoardCardItem> staying = inOrder(here, in);
        here.stream().filter(c -> !staying.contains(c)).forEach(list::remove);
        List<BoardCardItem> placed = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            BoardCardItem item = in.get(i);
            if (!staying.contains(item)) {
                item.removeFromParent();
                list.addComponentAtIndex(i, item);
                placed.add(item);
            }
        }
        if (in.size() != count) {
            count = in.size();
            heading.setText(getTranslation("campaign.column", getTranslation(stage.translationKey()), count));
        }
        // A list must hold list items only (axe: aria-required-children): an empty column is no list.
        if (in.isEmpty()) {
            list.getElement().removeAttribute("role");
            if (empty().getParent().isEmpty()) list.add(empty());
        } else {
            list.getElement().setAttribute("role", "list");
        }
        return placed;
    }

    private Span empty() {
        if (empty == null) {
            empty = new Span(getTranslation("campaign.column.empty"));
            empty.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        }
        return empty;
    }

    /** The longest run of the cards here that is already in the wanted order (they need not move). */
    private static Set<BoardCardItem> inOrder(List<BoardCardItem> here, List<BoardCardItem> wanted) {
        int n = here.size();
        int[] at = new int[n];
        for (int i = 0; i < n; i++) at[i] = wanted.indexOf(here.get(i));
        int[] length = new int[n];
        int[] before = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            before[i] = -1;
            for (int j = 0; j < i; j++) {
                if (at[j] < at[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    before[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) best = i;
        }
        Set<BoardCardItem> run = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = best; i >= 0; i = before[i]) run.add(here.get(i));
        return run;
    }
}
