package org.mesta.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mesta.campaign.BoardService.BoardCard;

/**
 * A campaign's card on the board: title, kind and themes, leads, next task, progress. The team's own cards can
 * be dragged, moved with Alt+arrow keys or with the "Move to…" menu; any card is a place to drop another.
 *
 * <p>A card is made once and then shown as it is now ({@link #show}): when other people move or change cards, the
 * board moves and updates these components instead of making new ones, so the browser keeps the element that has
 * the keyboard focus.
 */
class BoardCardItem extends Div {

    private final boolean draggable;
    private final MoveMenu menu;
    private BoardCard card;
    private int index;
    private List<Object> looks;
    private String label;

    BoardCardItem(BoardCard c, int index, int shown, boolean ambassador, CardMoves moves) {
        setId("campaign-card-" + c.id());
        addClassName("campaign-card");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("tabindex", "0");
        draggable = ambassador && c.mine();
        menu = draggable ? new MoveMenu(this, moves) : null;
        if (draggable) {
            add(menu);
            DragSource<Div> drag = DragSource.create(this);
            drag.setDragData(c.id());
            drag.setEffectAllowed(EffectAllowed.MOVE);
            Shortcuts.addShortcutListener(this, () -> moves.step(card, 1), Key.ARROW_RIGHT, KeyModifier.ALT)
                    .listenOn(this);
            Shortcuts.addShortcutListener(this, () -> moves.step(card, -1), Key.ARROW_LEFT, KeyModifier.ALT)
                    .listenOn(this);
            Shortcuts.addShortcutListener(
                            this, () -> moves.neighbour(card, this.index, -1), Key.ARROW_UP, KeyModifier.ALT)
                    .listenOn(this);
            Shortcuts.addShortcutListener(
                            this, () -> moves.neighbour(card, this.index, 1), Key.ARROW_DOWN, KeyModifier.ALT)
                    .listenOn(this);
        }
        if (ambassador) {
            // Dropping a card on another puts it in that card's place (and the other one below it).
            DropTarget<Div> target = DropTarget.create(this);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(
                    e -> e.getDragData().ifPresent(id -> moves.dropped((Long) id, card.stage(), card.position())));
        }
        show(c, index, shown);
    }

    BoardCard card() {
        return card;
    }

    int index() {
        return index;
    }

    /** Whether this component can show the card as it is now (it cannot once the card became, or stopped being, one's own). */
    boolean fits(BoardCard c, boolean ambassador) {
        return c.id() == card.id() && draggable == (ambassador && c.mine());
    }

    /**
     * Shows the card as it is now, at this place among the cards shown in its column; changes only what changed.
     * Returns whether its content was drawn anew (which takes the focus from a link inside it).
     */
    boolean show(BoardCard c, int index, int shown) {
        this.card = c;
        this.index = index;
        String nowLabel = getTranslation(
                "campaign.card.label", c.title(), getTranslation(c.stage().translationKey()), index + 1);
        if (!nowLabel.equals(label)) {
            label = nowLabel;
            getElement().setAttribute("aria-label", label);
        }
        List<Object> nowLooks = Arrays.asList(
                c.title(),
                c.kind(),
                c.mine(),
                c.themes(),
                c.leads(),
                c.nextTask(),
                c.nextDue(),
                c.peopleReached(),
                c.tasksDone(),
                c.tasksTotal());
        boolean redrawn = looks != null && !nowLooks.equals(looks);
        if (!nowLooks.equals(looks)) {
            looks = nowLooks;
            getChildren().filter(child -> child != menu).toList().forEach(this::remove);
            List<Component> content = content(c);
            for (int i = 0; i < content.size(); i++) {
                addComponentAtIndex(i, content.get(i));
            }
        }
        if (menu != null) {
            menu.show(c, index, shown);
        }
        return redrawn;
    }

    private List<Component> content(BoardCard c) {
        List<Component> content = new ArrayList<>();
        RouterLink open = new RouterLink(c.title(), CampaignView.class, c.id());
        open.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        content.add(open);
        content.add(tags(c));
        if (!c.leads().isEmpty()) {
            content.add(line(getTranslation("campaign.card.leads", String.join(", ", c.leads()))));
        }
        if (c.nextTask() != null) {
            String due = c.nextDue() == null
                    ? ""
                    : " · "
                            + getTranslation(
                                    "campaign.card.due",
                                    c.nextDue()
                                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                                    .withLocale(getLocale())));
            content.add(line(getTranslation("campaign.card.next", c.nextTask()) + due));
        }
        if (c.peopleReached() != null) {
            content.add(line(getTranslation("campaign.card.reached", c.peopleReached())));
        }
        if (c.tasksTotal() > 0) {
            ProgressBar progress = new ProgressBar(0, c.tasksTotal(), c.tasksDone());
            progress.getElement()
                    .setAttribute(
                            "aria-label", getTranslation("campaign.card.progress", c.tasksDone(), c.tasksTotal()));
            content.add(progress);
            content.add(line(getTranslation("campaign.card.progress", c.tasksDone(), c.tasksTotal())));
        }
        return content;
    }

    private Div tags(BoardCard c) {
        Span kindTag = new Span(getTranslation(c.kind().translationKey()));
        kindTag.getElement().getThemeList().add("badge contrast small");
        Div tags = new Div(kindTag);
        if (c.mine()) {
            Span team = new Span(getTranslation("campaign.card.your-team"));
            team.getElement().getThemeList().add("badge success small");
            tags.add(team);
        }
        tags.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        c.themes().stream().sorted().forEach(t -> {
            Span tag = new Span(getTranslation(t.translationKey()));
            tag.getElement().getThemeList().add("badge small");
            tags.add(tag);
        });
        return tags;
    }

    private static Span line(String text) {
        Span s = new Span(text);
        s.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return s;
    }
}
