package org.mesta.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.ui.EnumSelect;
import org.mesta.base.ui.LeanButton;
import org.mesta.base.ui.LeanCheckbox;
import org.mesta.base.ui.LeanTabs;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.BoardService.BoardCard;
import org.mesta.campaign.BoardService.BoardFilter;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.Outcomes;
import org.mesta.campaign.RecommendationService;
import org.mesta.campaign.Stage;
import org.mesta.opportunity.Theme;
import org.springframework.dao.ConcurrencyFailureException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The city's campaign board: a column per stage, cards dragged between and within columns, or moved with the
 * card's "Move to…" menu or Alt+arrow keys by anyone who cannot drag. Other people's moves arrive by push.
 */
@Route("ambassador/campaigns")
@JsModule("./mesta-board.ts")
@Menu(title = "nav.campaigns", order = 31, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.AMBASSADOR_, Role.CITY_ADMIN_})
public class BoardView extends Main implements HasDynamicTitle {

    final LeanCheckbox mine = new LeanCheckbox();
    final EnumSelect<Theme> theme = new EnumSelect<>(Theme.class);
    final EnumSelect<CampaignKind> kind = new EnumSelect<>(CampaignKind.class);
    final EnumSelect<Stage> stage = new EnumSelect<>(Stage.class);
    /** The board (0) or the timeline (1); tabs drawn as markup (base/ui LeanTabs). */
    final LeanTabs views = new LeanTabs();

    final LeanButton create = new LeanButton();
    final Div columns = new Div();
    /** Phones show one column at a time: this picks it (hidden where all columns fit, see phone.css). */
    final LeanTabs stageTabs = new LeanTabs();

    final TimelinePanel timeline;
    /** Read out after a move, so people using a screen reader hear where the card went. */
    final Span announcer = new Span();

    final Map<Stage, Div> lists = new EnumMap<>(Stage.class);
    private static final Map<Locale, String> MOVE_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<Stage, BoardColumn> columnOf = new EnumMap<>(Stage.class);
    private final Paragraph help;
    private final BoardService service;
    private final CampaignService campaigns;
    private final RecommendationService recommendations;
    private final BoardBroadcaster broadcaster;
    private final boolean ambassador;
    private List<BoardCard> cards = List.of();
    /** The card components by campaign id: kept from one update to the next. */
    private Map<Long, BoardCardItem> items = new HashMap<>();
    /** The timeline is drawn when it is shown, not on every change of a board that shows the columns. */
    private boolean timelineStale = true;

    private Long focusAfterRefresh;

    BoardView(
            BoardService service,
            CampaignService campaigns,
            RecommendationService recommendations,
            BoardBroadcaster broadcaster) {
        this.service = service;
        this.campaigns = campaigns;
        this.recommendations = recommendations;
        this.broadcaster = broadcaster;
        this.ambassador = MestaUser.require().has(Role.AMBASSADOR);
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.BoxSizing.BORDER,
                LumoUtility.Gap.SMALL);
        timeline = new TimelinePanel();

        H1 title = new H1(getTranslation("campaign.board.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Paragraph intro =
                new Paragraph(getTranslation(ambassador ? "campaign.board.intro" : "campaign.board.intro-admin"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        create.setText(getTranslation("campaign.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(ambassador);
        create.addClickListener(e -> NewCampaignDialog.open(service, recommendations, null, this::openCampaign));
        RouterLink library = new RouterLink(getTranslation("recommendation.library"), RecommendationsView.class);

        mine.setLabel(getTranslation("campaign.filter.mine"));
        mine.setVisible(ambassador);
        mine.addValueChangeListener(e -> refresh());
        Filters.any(theme, "campaign.field.theme", Theme::translationKey, this::refresh);
        Filters.any(kind, "campaign.field.kind", CampaignKind::translationKey, this::refresh);
        Filters.any(stage, "campaign.field.stage", Stage::translationKey, this::refresh);

        views.show(List.of(
                new LeanTabs.Shown("view-board", getTranslation("campaign.view.board"), true),
                new LeanTabs.Shown("view-timeline", getTranslation("campaign.view.timeline"), true)));
        views.addValueChangeListener(e -> showView());

        HorizontalLayout head = new HorizontalLayout(title, library, create);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(title);
        head.addClassNames(LumoUtility.FlexWrap.WRAP);
        HorizontalLayout filters = new HorizontalLayout(mine, theme, kind, stage);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames("campaign-filters", LumoUtility.FlexWrap.WRAP);
        stage.addClassName("campaign-stage-filter");
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("campaign.filter.label"));

        columns.addClassName("campaign-board");
        if (ambassador) {
            // What mesta-board.ts reports: a card dropped, or moved with Alt+arrows (two listeners for all cards).
            columns.getElement()
                    .addEventListener(
                            "mesta-card-drop",
                            e -> cardDropped(
                                    e.getEventData().get("event.detail.card").asLong(),
                                    e.getEventData().get("event.detail.onto").asLong(),
                                    e.getEventData().get("event.detail.stage").asString()))
                    .addEventData("event.detail.card")
                    .addEventData("event.detail.onto")
                    .addEventData("event.detail.stage");
            columns.getElement()
                    .addEventListener(
                            "mesta-card-key",
                            e -> cardKey(
                                    e.getEventData().get("event.detail.card").asLong(),
                                    e.getEventData().get("event.detail.key").asString()))
                    .addEventData("event.detail.card")
                    .addEventData("event.detail.key");
            // The words of one's own cards' "Move to…" menus, which the browser draws (mesta-board.ts).
            columns.getElement().setAttribute("data-move-labels", moveLabels());
        }
        for (Stage s : Stage.values()) {
            BoardColumn column = new BoardColumn(s);
            columnOf.put(s, column);
            lists.put(s, column.list);
            columns.add(column);
        }
        stageTabs.addClassName("campaign-stage-tabs");
        stageTabs.getElement().setAttribute("aria-label", getTranslation("campaign.board.stage-tabs"));
        stageTabs.addValueChangeListener(e -> showColumn());
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.addClassName("sr-only");
        announcer.setId("board-announcer");
        help = new Paragraph(getTranslation(ambassador ? "campaign.board.keyboard" : "campaign.board.read-only"));
        help.addClassNames(
                "campaign-board-help",
                LumoUtility.FontSize.SMALL,
                LumoUtility.TextColor.SECONDARY,
                LumoUtility.Margin.NONE);
        timeline.setVisible(false);
        add(head, intro, filters, views, help, stageTabs, columns, timeline, announcer);
        refresh();
        showColumn();
    }

    /** The column a phone shows; the others stay in the page for wider screens. */
    private void showColumn() {
        Stage current = currentColumn();
        columnOf.forEach((s, column) -> column.getElement().getClassList().set("phone-current", s == current));
    }

    Stage currentColumn() {
        int selected = stageTabs.getValue();
        return selected >= 0 && selected < Stage.values().length ? Stage.values()[selected] : Stage.values()[0];
    }

    void showColumn(Stage s) {
        stageTabs.setValue(s.ordinal());
        showColumn();
    }

    void refresh() {
        show(service.board(filter()), false);
    }

    /**
     * Someone else created, moved or changed cards (on this node or another): the board follows without being
     * redrawn. Only the cards that moved or changed are touched, the keyboard focus stays where it is, and a screen
     * reader hears (politely) which cards changed column.
     */
    void changedElsewhere() {
        show(service.board(filter()), true);
    }

    private BoardFilter filter() {
        return new BoardFilter(mine.getValue(), theme.getValue(), kind.getValue(), stage.getValue());
    }

    private void show(List<BoardCard> now, boolean elsewhere) {
        Map<Long, BoardCard> before = new HashMap<>();
        cards.forEach(c -> before.put(c.id(), c));
        cards = now;
        Map<Long, BoardCardItem> kept = new HashMap<>();
        List<BoardCardItem> touched = new ArrayList<>();
        List<LeanTabs.Shown> tabs = new ArrayList<>();
        for (Stage s : Stage.values()) {
            List<BoardCard> in = now.stream().filter(c -> c.stage() == s).toList();
            List<BoardCardItem> column = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                BoardCard c = in.get(i);
                BoardCardItem item = items.get(c.id());
                if (item != null && item.fits(c, ambassador)) {
                    if (item.show(c, i)) touched.add(item);
                } else {
                    item = new BoardCardItem(c, i, ambassador);
                }
                kept.put(c.id(), item);
                column.add(item);
            }
            touched.addAll(columnOf.get(s).show(column));
            columnOf.get(s).setVisible(stage.getValue() == null || stage.getValue() == s);
            tabs.add(new LeanTabs.Shown(
                    "stage-tab-" + s.name().toLowerCase(Locale.ROOT),
                    getTranslation("campaign.column", getTranslation(s.translationKey()), in.size()),
                    stage.getValue() == null || stage.getValue() == s));
        }
        stageTabs.show(tabs); // drawn anew only when a count or the stage filter changed
        items = kept;
        timelineStale = true;
        if (timeline.isVisible()) showTimeline();
        if (stage.getValue() != null && currentColumn() != stage.getValue()) {
            showColumn(stage.getValue());
        }
        if (focusAfterRefresh != null) {
            BoardCardItem moved = items.get(focusAfterRefresh);
            focusAfterRefresh = null;
            if (moved != null) moved.getElement().callJsFunction("focus");
        } else if (!touched.isEmpty()) {
            // A card put elsewhere or redrawn loses the browser's focus: whoever was on it stays on it. Nobody else's
            // focus is taken: only when the focus was on one of these cards and is nowhere now.
            String ids = touched.stream().map(c -> c.getId().orElseThrow()).collect(Collectors.joining(" "));
            columns.getElement()
                    .executeJs(
                            "const a = document.activeElement;"
                                    + "if (this._lastCard && $0.split(' ').includes(this._lastCard)"
                                    + " && (!a || a === document.body)) {"
                                    + " const c = document.getElementById(this._lastCard);"
                                    + " if (c) c.focus({preventScroll: true}); }",
                            ids);
        }
        if (elsewhere) {
            announceArrivals(before, now);
        }
    }

    /** Cards that came to a column (new, or moved there by someone else) are read out, politely. */
    private void announceArrivals(Map<Long, BoardCard> before, List<BoardCard> now) {
        List<BoardCard> arrived = now.stream()
                .filter(c -> !before.containsKey(c.id()) || before.get(c.id()).stage() != c.stage())
                .toList();
        if (arrived.size() == 1) {
            BoardCard c = arrived.getFirst();
            announcer.setText(getTranslation(
                    "campaign.moved-elsewhere",
                    c.title(),
                    getTranslation(c.stage().translationKey())));
        } else if (arrived.size() > 1) {
            announcer.setText(getTranslation("campaign.moved-elsewhere-several", arrived.size()));
        }
    }

    private void showTimeline() {
        timelineStale = false;
        timeline.show(cards, this::openCampaign);
    }

    /**
     * Up or down past the card shown above or below. Positions are the stored ones, so this is right even when
     * filters hide some cards of the column.
     */
    void neighbour(BoardCard c, int shownIndex, int direction) {
        List<BoardCard> column =
                cards.stream().filter(x -> x.stage() == c.stage()).toList();
        int other = shownIndex + direction;
        if (other >= 0 && other < column.size()) {
            move(c, c.stage(), column.get(other).position());
        }
    }

    /**
     * The browser says a card was dropped on another ({@code onto}) or below a column's last card ({@code stage}):
     * only a card the person may move, onto a card or column of this board, whatever the browser sends.
     */
    void cardDropped(long id, long onto, String stage) {
        BoardCardItem item = items.get(id);
        if (item == null || !item.movable()) return;
        if (onto >= 0) {
            BoardCardItem target = items.get(onto);
            if (target != null) dropped(id, target.card().stage(), target.card().position());
            return;
        }
        java.util.Arrays.stream(Stage.values())
                .filter(s -> s.name().equals(stage))
                .findFirst()
                .ifPresent(s -> dropped(id, s, Integer.MAX_VALUE));
    }

    /** Alt+arrow keys on a card: right and left to the next stage, up and down past the card above or below. */
    void cardKey(long id, String key) {
        BoardCardItem item = items.get(id);
        if (item == null || !item.movable()) return;
        switch (key) {
            case "right" -> step(item.card(), 1);
            case "left" -> step(item.card(), -1);
            case "up" -> neighbour(item.card(), item.index(), -1);
            case "down" -> neighbour(item.card(), item.index(), 1);
            default -> {
                // no such key: nothing moves
            }
        }
    }

    /** One column left or right. */
    void step(BoardCard card, int direction) {
        int to = card.stage().ordinal() + direction;
        if (to >= 0 && to < Stage.values().length) {
            move(card, Stage.values()[to], Integer.MAX_VALUE);
        }
    }

    /**
     * The move menu's words in the reader's language, as mesta-board.ts reads them: one string per language for all
     * boards (the stages in their order, up, down).
     */
    private String moveLabels() {
        return MOVE_LABELS.computeIfAbsent(getLocale(), l -> {
            ObjectNode labels = JacksonUtils.createObjectNode()
                    .put("move", getTranslation("campaign.move"))
                    .put("up", getTranslation("campaign.move.up"))
                    .put("down", getTranslation("campaign.move.down"));
            ArrayNode stages = labels.putArray("stages");
            for (Stage s : Stage.values()) {
                stages.addArray().add(s.name()).add(getTranslation(s.translationKey()));
            }
            return labels.toString();
        });
    }

    /** A card dropped on another takes that card's stored place; dropped below the last, it goes to the end. */
    void dropped(long id, Stage to, int index) {
        cards.stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> move(c, to, index));
    }

    /** Moves a card; reaching Done (or Evaluated) without outcomes first asks for them. */
    void move(BoardCard c, Stage to, int index) {
        if (to == c.stage() && index == c.position()) {
            return; // already there: nothing to store, nothing to log
        }
        if (to.needsOutcomes() && !campaigns.get(c.id()).hasOutcomes()) {
            OutcomesDialog.open(null, outcomes -> doMove(c, to, index, outcomes));
            return;
        }
        doMove(c, to, index, null);
    }

    private boolean doMove(BoardCard c, Stage to, int index, Outcomes outcomes) {
        Campaign moved;
        try {
            moved = service.move(c.id(), c.version(), to, index, outcomes);
        } catch (UserError e) {
            Notifications.error(getTranslation(e.key(), e.params()));
            refresh();
            return false;
        } catch (ConcurrencyFailureException e) {
            // Someone moved or changed it first (or, rarely, kept its column busy through every retry of the
            // move): show the board as it is now rather than guess.
            Notifications.error(getTranslation("campaign.error.moved-meanwhile", c.title()));
            refresh();
            return false;
        }
        announcer.setText(getTranslation(
                "campaign.moved", c.title(), getTranslation(to.translationKey()), moved.getSortOrder() + 1));
        focusAfterRefresh = c.id();
        showColumn(to); // on a phone the card is followed to its new column
        refresh();
        return true;
    }

    private void showView() {
        boolean board = views.getValue() == 0;
        columns.setVisible(board);
        stageTabs.setVisible(board);
        help.setVisible(board);
        timeline.setVisible(!board);
        if (!board && timelineStale) {
            showTimeline();
        }
    }

    private void openCampaign(long id) {
        getUI().ifPresent(ui -> ui.navigate(CampaignView.class, id));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        columns.getElement().executeJs("window.mestaBoard(this)");
        columns.getElement()
                .executeJs(
                        "this.addEventListener('focusin', e => {"
                                + " const c = e.target.closest('.campaign-card'); if (c) this._lastCard = c.id; });"
                                // Gone elsewhere on purpose (not lost in a redraw): the board does not bring it back.
                                + "this.addEventListener('focusout', e => {"
                                + " const to = e.relatedTarget; if (to && !to.closest('.campaign-card')) this._lastCard = null; })");
        Long city = MestaUser.require().cityId();
        if (city != null) {
            broadcaster.listenWhileAttached(this, city, changes -> changedElsewhere());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.board.title");
    }
}
