package org.mesta.campaign.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.EnumMap;
import java.util.Map;
import org.mesta.campaign.BoardService.BoardCard;
import org.mesta.campaign.Stage;

/**
 * A card's "Move to…" menu: the way to move it for anyone who cannot drag (phones, keyboards, switches). Built
 * once per card and updated where the card is now, so a board that follows other people's moves does not
 * rebuild it (nor take away the focus of someone who is in it).
 */
class MoveMenu extends MenuBar {

    private final MenuItem root;
    private final Map<Stage, MenuItem> stages = new EnumMap<>(Stage.class);
    private final MenuItem up;
    private final MenuItem down;
    private String shownAs;

    MoveMenu(BoardCardItem item, CardMoves moves) {
        addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        root = addItem(getTranslation("campaign.move"));
        SubMenu sub = root.getSubMenu();
        for (Stage s : Stage.values()) {
            stages.put(
                    s,
                    sub.addItem(
                            getTranslation(s.translationKey()), e -> moves.move(item.card(), s, Integer.MAX_VALUE)));
        }
        up = sub.addItem(getTranslation("campaign.move.up"), e -> moves.neighbour(item.card(), item.index(), -1));
        down = sub.addItem(getTranslation("campaign.move.down"), e -> moves.neighbour(item.card(), item.index(), 1));
    }

    /** Offers the other stages, and up or down where there is a card shown above or below. */
    void show(BoardCard c, int index, int shown) {
        String now = c.title() + '\n' + c.stage() + '\n' + (index > 0) + (index < shown - 1);
        if (now.equals(shownAs)) {
            return; // each change of an item redraws the menu in the browser: only when something changed
        }
        shownAs = now;
        root.setAriaLabel(getTranslation("campaign.move-named", c.title()));
        stages.forEach((s, item) -> item.setVisible(s != c.stage()));
        up.setEnabled(index > 0);
        down.setEnabled(index < shown - 1);
    }
}
