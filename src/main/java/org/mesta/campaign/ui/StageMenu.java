package org.mesta.campaign.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.Outcomes;
import org.mesta.campaign.Stage;

/**
 * The campaign page's "Move to…" menu: the stage changes here too (to the end of that column), with the same
 * outcomes question as the board.
 */
class StageMenu extends MenuBar {

    private final BoardService board;
    private final Supplier<Campaign> campaign;
    private final Consumer<Campaign> changed;
    /** Reads the campaign as it is now stored (someone else changed it meanwhile). */
    private final Runnable reload;

    StageMenu(BoardService board, Supplier<Campaign> campaign, Consumer<Campaign> changed, Runnable reload) {
        this.board = board;
        this.campaign = campaign;
        this.changed = changed;
        this.reload = reload;
        addThemeVariants(MenuBarVariant.LUMO_SMALL);
    }

    void show() {
        removeAll();
        MenuItem root = addItem(getTranslation("campaign.move"));
        for (Stage s : Stage.values()) {
            if (s == campaign.get().getStage()) continue;
            root.getSubMenu().addItem(getTranslation(s.translationKey()), e -> moveTo(s));
        }
    }

    void moveTo(Stage to) {
        if (to.needsOutcomes() && !campaign.get().hasOutcomes()) {
            OutcomesDialog.open(null, o -> moved(to, o));
        } else {
            moved(to, null);
        }
    }

    private boolean moved(Stage to, Outcomes outcomes) {
        Campaign c = campaign.get();
        boolean ok = Notifications.attemptChange(
                () -> changed.accept(board.move(c.getId(), c.getVersion(), to, Integer.MAX_VALUE, outcomes)), reload);
        if (ok) {
            Notifications.success(getTranslation("campaign.moved-to", getTranslation(to.translationKey())));
        }
        return ok;
    }
}
