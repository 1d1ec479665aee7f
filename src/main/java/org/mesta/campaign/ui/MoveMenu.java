package org.mesta.campaign.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.mesta.campaign.BoardService.BoardCard;
import org.mesta.campaign.Stage;

/** A card's "Move to…" menu: the way to move it for anyone who cannot drag (phones, keyboards, switches). */
class MoveMenu extends MenuBar {

    MoveMenu(BoardCard c, int index, int shown, CardMoves moves) {
        addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = addItem(getTranslation("campaign.move"));
        root.setAriaLabel(getTranslation("campaign.move-named", c.title()));
        SubMenu sub = root.getSubMenu();
        for (Stage s : Stage.values()) {
            if (s != c.stage()) {
                sub.addItem(getTranslation(s.translationKey()), e -> moves.move(c, s, Integer.MAX_VALUE));
            }
        }
        sub.addItem(getTranslation("campaign.move.up"), e -> moves.neighbour(c, index, -1))
                .setEnabled(index > 0);
        sub.addItem(getTranslation("campaign.move.down"), e -> moves.neighbour(c, index, 1))
                .setEnabled(index < shown - 1);
    }
}
