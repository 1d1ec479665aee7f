package org.mesta.campaign.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.mesta.base.ui.Markup;
import org.mesta.campaign.BoardService.BoardCard;

/**
 * A campaign's card on the board: title, kind and themes, leads, next task, progress. The team's own cards can
 * be dragged, moved with Alt+arrow keys or with the "Move to…" menu; any card is a place to drop another.
 *
 * <p>A card is made once and then shown as it is now ({@link #show}): when other people move or change cards, the
 * board moves and updates these components instead of making new ones, so the browser keeps the element that has
 * the keyboard focus.
 */
// The progress bar and the move menu are drawn as markup, so the production bundle must be told they are used.
@Uses(ProgressBar.class)
@Uses(MenuBar.class)
class BoardCardItem extends Div {

    private final boolean draggable;

    private BoardCard card;
    private int index;
    private List<Object> looks;
    private String label;

    BoardCardItem(BoardCard c, int index, boolean ambassador) {
        setId("campaign-card-" + c.id());
        addClassName("campaign-card");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("tabindex", "0");
        draggable = ambassador && c.mine();
        getElement().setAttribute("data-card", String.valueOf(c.id()));
        if (draggable) {
            // Dragging and Alt+arrow keys are handled by the board in the browser (mesta-board.ts), which says which
            // card: one listener for the board instead of several per card kept in the session (#17).
            getElement().setAttribute("draggable", "true");
            getElement().setAttribute("data-own", true);
        }
        if (ambassador) {
            // Dropping a card on another puts it in that card's place (and the other one below it).
            getElement().setAttribute("data-drop", true);
        }
        show(c, index);
    }

    /** Whether the person looking may move this card (drag it, Alt+arrows, its menu): one's own, as an ambassador. */
    boolean movable() {
        return draggable;
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
     * Returns whether its content was drawn anew (which takes the focus from a link or the menu inside it).
     */
    boolean show(BoardCard c, int index) {
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
            // The card's words are the card element's own markup: one node of the session's state per card.
            Markup.draw(this, markup(c));
        }
        return redrawn;
    }

    /** The card's content as the browser gets it (tests read it as a reader would). */
    Element drawn() {
        return Markup.drawn(this).selectFirst(".campaign-card-content");
    }

    /**
     * The card's words as {@link Markup} (#17): as components they were a dozen nodes of the session's state per
     * card, on every open board; nothing in them reacts on the server (the link is followed by the browser's router).
     */
    private Element markup(BoardCard c) {
        Element root = Markup.root();
        Element box = root.appendElement("div").addClass("campaign-card-content");
        box.appendElement("a")
                .attr("href", RouteConfiguration.forSessionScope().getUrl(CampaignView.class, c.id()))
                .attr("router-link", "")
                .addClass(LumoUtility.FontWeight.SEMIBOLD)
                .text(c.title());
        Element tags = box.appendElement("div")
                .addClass(LumoUtility.Display.FLEX)
                .addClass(LumoUtility.FlexWrap.WRAP)
                .addClass(LumoUtility.Gap.XSMALL);
        tag(tags, "badge contrast small", getTranslation(c.kind().translationKey()));
        if (c.mine()) {
            tag(tags, "badge success small", getTranslation("campaign.card.your-team"));
        }
        c.themes().stream().sorted().forEach(t -> tag(tags, "badge small", getTranslation(t.translationKey())));
        if (!c.leads().isEmpty()) {
            line(box, getTranslation("campaign.card.leads", String.join(", ", c.leads())));
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
            line(box, getTranslation("campaign.card.next", c.nextTask()) + due);
        }
        if (c.peopleReached() != null) {
            line(box, getTranslation("campaign.card.reached", c.peopleReached()));
        }
        if (c.tasksTotal() > 0) {
            String progress = getTranslation("campaign.card.progress", c.tasksDone(), c.tasksTotal());
            box.appendElement("vaadin-progress-bar")
                    .attr("min", "0")
                    .attr("max", String.valueOf(c.tasksTotal()))
                    .attr("value", String.valueOf(c.tasksDone()))
                    .attr("aria-label", progress);
            line(box, progress);
        }
        if (draggable) {
            // The "Move to…" menu for anyone who cannot drag: the browser fills it for where the card is now and
            // reports the choice as a drop or a key (mesta-board.ts); its button is named after the card.
            box.appendElement("vaadin-menu-bar")
                    .addClass("campaign-move")
                    .attr("theme", "small tertiary")
                    .attr("data-label", getTranslation("campaign.move-named", c.title()));
        }
        return root;
    }

    private static void tag(Element tags, String theme, String text) {
        tags.appendElement("span").attr("theme", theme).text(text);
    }

    private static void line(Element box, String text) {
        box.appendElement("span")
                .addClass(LumoUtility.FontSize.SMALL)
                .addClass(LumoUtility.TextColor.SECONDARY)
                .text(text);
    }
}
