package org.mesta.campaign.ui;

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
import org.mesta.campaign.BoardService.BoardCard;

/**
 * A campaign's card on the board: title, kind and themes, leads, next task, progress. The team's own cards can
 * be dragged, moved with Alt+arrow keys or with the "Move to…" menu; any card is a place to drop another.
 */
class BoardCardItem extends Div {

    BoardCardItem(BoardCard c, int index, int shown, boolean ambassador, CardMoves moves) {
        setId("campaign-card-" + c.id());
        addClassName("campaign-card");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("tabindex", "0");
        getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "campaign.card.label",
                                c.title(),
                                getTranslation(c.stage().translationKey()),
                                index + 1));
        RouterLink open = new RouterLink(c.title(), CampaignView.class, c.id());
        open.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(open, tags(c));
        if (!c.leads().isEmpty()) {
            add(line(getTranslation("campaign.card.leads", String.join(", ", c.leads()))));
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
            add(line(getTranslation("campaign.card.next", c.nextTask()) + due));
        }
        if (c.peopleReached() != null) {
            add(line(getTranslation("campaign.card.reached", c.peopleReached())));
        }
        if (c.tasksTotal() > 0) {
            ProgressBar progress = new ProgressBar(0, c.tasksTotal(), c.tasksDone());
            progress.getElement()
                    .setAttribute(
                            "aria-label", getTranslation("campaign.card.progress", c.tasksDone(), c.tasksTotal()));
            add(progress, line(getTranslation("campaign.card.progress", c.tasksDone(), c.tasksTotal())));
        }
        if (ambassador && c.mine()) {
            add(new MoveMenu(c, index, shown, moves));
            DragSource<Div> drag = DragSource.create(this);
            drag.setDragData(c.id());
            drag.setEffectAllowed(EffectAllowed.MOVE);
            Shortcuts.addShortcutListener(this, () -> moves.step(c, 1), Key.ARROW_RIGHT, KeyModifier.ALT)
                    .listenOn(this);
            Shortcuts.addShortcutListener(this, () -> moves.step(c, -1), Key.ARROW_LEFT, KeyModifier.ALT)
                    .listenOn(this);
            Shortcuts.addShortcutListener(this, () -> moves.neighbour(c, index, -1), Key.ARROW_UP, KeyModifier.ALT)
                    .listenOn(this);
            Shortcuts.addShortcutListener(this, () -> moves.neighbour(c, index, 1), Key.ARROW_DOWN, KeyModifier.ALT)
                    .listenOn(this);
        }
        if (ambassador) {
            // Dropping a card on another puts it in that card's place (and the other one below it).
            DropTarget<Div> target = DropTarget.create(this);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(
                    e -> e.getDragData().ifPresent(id -> moves.dropped((Long) id, c.stage(), c.position())));
        }
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
