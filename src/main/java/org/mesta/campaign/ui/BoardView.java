package org.mesta.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.CampaignService.BoardCard;
import org.mesta.campaign.CampaignService.BoardFilter;
import org.mesta.campaign.Outcomes;
import org.mesta.campaign.Stage;
import org.mesta.opportunity.Theme;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The city's campaign board: a column per stage, cards dragged between and within columns, or moved with the
 * card's "Move to…" menu or Alt+arrow keys by anyone who cannot drag. Other people's moves arrive by push.
 */
@Route("ambassador/campaigns")
@Menu(title = "nav.campaigns", order = 31, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.AMBASSADOR_, Role.CITY_ADMIN_})
public class BoardView extends Main implements HasDynamicTitle {

    final Checkbox mine = new Checkbox();
    final Select<Theme> theme = new Select<>();
    final Select<CampaignKind> kind = new Select<>();
    final Select<Stage> stage = new Select<>();
    final Tabs views = new Tabs();
    final Tab boardTab = new Tab();
    final Tab timelineTab = new Tab();
    final Button create = new Button();
    final Div columns = new Div();
    /** Phones show one column at a time: this picks it (hidden where all columns fit, see phone.css). */
    final Tabs stageTabs = new Tabs();
    final Map<Stage, Tab> stageTab = new EnumMap<>(Stage.class);
    final TimelinePanel timeline;
    /** Read out after a move, so people using a screen reader hear where the card went. */
    final Span announcer = new Span();
    final Map<Stage, Div> lists = new EnumMap<>(Stage.class);
    private final Paragraph help;
    private final CampaignService service;
    private final BoardBroadcaster broadcaster;
    private final boolean ambassador;
    private List<BoardCard> cards = List.of();
    private Long focusAfterRefresh;

    BoardView(CampaignService service, BoardBroadcaster broadcaster) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.ambassador = MestaUser.require().has(Role.AMBASSADOR);
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.BoxSizing.BORDER, LumoUtility.Gap.SMALL);
        timeline = new TimelinePanel();

        H1 title = new H1(getTranslation("campaign.board.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Paragraph intro = new Paragraph(getTranslation(ambassador ? "campaign.board.intro" : "campaign.board.intro-admin"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        create.setText(getTranslation("campaign.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(ambassador);
        create.addClickListener(e -> NewCampaignDialog.open(service, null, this::openCampaign));
        RouterLink library = new RouterLink(getTranslation("recommendation.library"), RecommendationsView.class);

        mine.setLabel(getTranslation("campaign.filter.mine"));
        mine.setVisible(ambassador);
        mine.addValueChangeListener(e -> refresh());
        Filters.any(theme, "campaign.field.theme", Theme::translationKey, this::refresh, Theme.values());
        Filters.any(kind, "campaign.field.kind", CampaignKind::translationKey, this::refresh, CampaignKind.values());
        Filters.any(stage, "campaign.field.stage", Stage::translationKey, this::refresh, Stage.values());

        boardTab.setLabel(getTranslation("campaign.view.board"));
        timelineTab.setLabel(getTranslation("campaign.view.timeline"));
        views.add(boardTab, timelineTab);
        views.addSelectedChangeListener(e -> showView());

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
        for (Stage s : Stage.values()) {
            columns.add(column(s));
            Tab tab = new Tab();
            tab.setId("stage-tab-" + s.name().toLowerCase());
            stageTab.put(s, tab);
            stageTabs.add(tab);
        }
        stageTabs.addClassName("campaign-stage-tabs");
        stageTabs.getElement().setAttribute("aria-label", getTranslation("campaign.board.stage-tabs"));
        stageTabs.addSelectedChangeListener(e -> showColumn());
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.addClassName("sr-only");
        announcer.setId("board-announcer");
        help = new Paragraph(getTranslation(ambassador ? "campaign.board.keyboard" : "campaign.board.read-only"));
        help.addClassNames("campaign-board-help", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        timeline.setVisible(false);
        add(head, intro, filters, views, help, stageTabs, columns, timeline, announcer);
        refresh();
        showColumn();
    }

    /** The column a phone shows; the others stay in the page for wider screens. */
    private void showColumn() {
        Stage current = currentColumn();
        lists.forEach((s, list) -> list.getParent().orElseThrow().getElement().getClassList()
                .set("phone-current", s == current));
    }

    Stage currentColumn() {
        return stageTab.entrySet().stream().filter(e -> e.getValue() == stageTabs.getSelectedTab())
                .map(Map.Entry::getKey).findFirst().orElse(Stage.values()[0]);
    }

    void showColumn(Stage s) {
        stageTabs.setSelectedTab(stageTab.get(s));
        showColumn();
    }

    private Div column(Stage s) {
        Div column = new Div();
        column.addClassName("campaign-column");
        column.getElement().setAttribute("role", "region");
        H2 heading = new H2();
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        heading.setId("column-" + s.name().toLowerCase());
        column.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Div list = new Div();
        list.addClassName("campaign-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("data-stage", s.name());
        lists.put(s, list);
        // Dropping below the last card puts the card at the end of the column.
        Div end = new Div();
        end.addClassName("campaign-drop-end");
        end.getElement().setAttribute("data-stage", s.name());
        DropTarget<Div> endTarget = DropTarget.create(end);
        endTarget.setDropEffect(DropEffect.MOVE);
        endTarget.addDropListener(e -> e.getDragData().ifPresent(id -> dropped((Long) id, s, Integer.MAX_VALUE)));
        column.add(heading, list, end);
        return column;
    }

    void refresh() {
        cards = service.board(new BoardFilter(mine.getValue(), theme.getValue(), kind.getValue(), stage.getValue()));
        for (Stage s : Stage.values()) {
            Div list = lists.get(s);
            list.removeAll();
            List<BoardCard> in = cards.stream().filter(c -> c.stage() == s).toList();
            in.forEach(c -> list.add(card(c, in.indexOf(c))));
            Div column = (Div) list.getParent().orElseThrow();
            column.setVisible(stage.getValue() == null || stage.getValue() == s);
            ((H2) column.getChildren().findFirst().orElseThrow()).setText(
                    getTranslation("campaign.column", getTranslation(s.translationKey()), in.size()));
            stageTab.get(s).setLabel(getTranslation("campaign.column", getTranslation(s.translationKey()), in.size()));
            stageTab.get(s).setVisible(stage.getValue() == null || stage.getValue() == s);
            // A list must hold list items only (axe: aria-required-children): an empty column is no list.
            if (in.isEmpty()) {
                list.getElement().removeAttribute("role");
            } else {
                list.getElement().setAttribute("role", "list");
            }
            if (in.isEmpty()) {
                Span empty = new Span(getTranslation("campaign.column.empty"));
                empty.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                list.add(empty);
            }
        }
        timeline.show(cards, this::openCampaign);
        if (stage.getValue() != null && currentColumn() != stage.getValue()) {
            showColumn(stage.getValue());
        }
        if (focusAfterRefresh != null) {
            long id = focusAfterRefresh;
            focusAfterRefresh = null;
            cardElement(id).ifPresent(c -> c.getElement().callJsFunction("focus"));
        } else {
            // Redrawn because of someone else's move: whoever was on a card stays on it (it has the same id).
            columns.getElement().executeJs("const a = document.activeElement;"
                    + "if (this._lastCard && (!a || a === document.body)) {"
                    + " const c = document.getElementById(this._lastCard); if (c) c.focus(); }");
        }
    }

    private java.util.Optional<Div> cardElement(long id) {
        return lists.values().stream().flatMap(l -> l.getChildren())
                .filter(c -> ("campaign-card-" + id).equals(c.getId().orElse(null))).map(Div.class::cast).findFirst();
    }

    private Div card(BoardCard c, int index) {
        Div card = new Div();
        card.setId("campaign-card-" + c.id());
        card.addClassName("campaign-card");
        card.getElement().setAttribute("role", "listitem");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-label", getTranslation("campaign.card.label", c.title(),
                getTranslation(c.stage().translationKey()), index + 1));
        RouterLink open = new RouterLink(c.title(), CampaignView.class, c.id());
        open.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
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
        card.add(open, tags);
        if (!c.leads().isEmpty()) {
            card.add(line(getTranslation("campaign.card.leads", String.join(", ", c.leads()))));
        }
        if (c.nextTask() != null) {
            String due = c.nextDue() == null ? "" : " · " + getTranslation("campaign.card.due",
                    c.nextDue().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())));
            card.add(line(getTranslation("campaign.card.next", c.nextTask()) + due));
        }
        if (c.peopleReached() != null) {
            card.add(line(getTranslation("campaign.card.reached", c.peopleReached())));
        }
        if (c.tasksTotal() > 0) {
            ProgressBar progress = new ProgressBar(0, c.tasksTotal(), c.tasksDone());
            progress.getElement().setAttribute("aria-label", getTranslation("campaign.card.progress", c.tasksDone(), c.tasksTotal()));
            card.add(progress, line(getTranslation("campaign.card.progress", c.tasksDone(), c.tasksTotal())));
        }
        if (ambassador && c.mine()) {
            card.add(moveMenu(c, index));
            DragSource<Div> drag = DragSource.create(card);
            drag.setDragData(c.id());
            drag.setEffectAllowed(EffectAllowed.MOVE);
            Shortcuts.addShortcutListener(card, () -> step(c, 1), Key.ARROW_RIGHT, KeyModifier.ALT).listenOn(card);
            Shortcuts.addShortcutListener(card, () -> step(c, -1), Key.ARROW_LEFT, KeyModifier.ALT).listenOn(card);
            Shortcuts.addShortcutListener(card, () -> neighbour(c, index, -1), Key.ARROW_UP, KeyModifier.ALT).listenOn(card);
            Shortcuts.addShortcutListener(card, () -> neighbour(c, index, 1), Key.ARROW_DOWN, KeyModifier.ALT).listenOn(card);
        }
        if (ambassador) {
            // Dropping a card on another puts it in that card's place (and the other one below it).
            DropTarget<Div> target = DropTarget.create(card);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> e.getDragData().ifPresent(id -> dropped((Long) id, c.stage(), c.position())));
        }
        return card;
    }

    private Span line(String text) {
        Span s = new Span(text);
        s.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return s;
    }

    private MenuBar moveMenu(BoardCard c, int index) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = bar.addItem(getTranslation("campaign.move"));
        root.setAriaLabel(getTranslation("campaign.move-named", c.title()));
        SubMenu sub = root.getSubMenu();
        for (Stage s : Stage.values()) {
            if (s != c.stage()) {
                sub.addItem(getTranslation(s.translationKey()), e -> move(c, s, Integer.MAX_VALUE));
            }
        }
        long shown = cards.stream().filter(x -> x.stage() == c.stage()).count();
        sub.addItem(getTranslation("campaign.move.up"), e -> neighbour(c, index, -1)).setEnabled(index > 0);
        sub.addItem(getTranslation("campaign.move.down"), e -> neighbour(c, index, 1)).setEnabled(index < shown - 1);
        return bar;
    }

    private void step(BoardCard c, int direction) {
        int to = c.stage().ordinal() + direction;
        if (to >= 0 && to < Stage.values().length) {
            move(c, Stage.values()[to], Integer.MAX_VALUE);
        }
    }

    /**
     * Up or down past the card shown above or below. Positions are the stored ones, so this is right even when
     * filters hide some cards of the column.
     */
    private void neighbour(BoardCard c, int shownIndex, int direction) {
        List<BoardCard> column = cards.stream().filter(x -> x.stage() == c.stage()).toList();
        int other = shownIndex + direction;
        if (other >= 0 && other < column.size()) {
            move(c, c.stage(), column.get(other).position());
        }
    }

    /** A card dropped on another takes that card's stored place; dropped below the last, it goes to the end. */
    private void dropped(long id, Stage to, int index) {
        cards.stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> {
            move(c, to, index);
        });
    }

    /** Moves a card; reaching Done (or Evaluated) without outcomes first asks for them. */
    void move(BoardCard c, Stage to, int index) {
        if (to == c.stage() && index == c.position()) {
            return; // already there: nothing to store, nothing to log
        }
        if (to.needsOutcomes() && !service.get(c.id()).hasOutcomes()) {
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
        } catch (OptimisticLockingFailureException e) {
            // Someone moved or changed it first: show the board as it is now rather than guess.
            Notifications.error(getTranslation("campaign.error.moved-meanwhile", c.title()));
            refresh();
            return false;
        }
        announcer.setText(getTranslation("campaign.moved", c.title(), getTranslation(to.translationKey()),
                moved.getSortOrder() + 1));
        focusAfterRefresh = c.id();
        showColumn(to); // on a phone the card is followed to its new column
        refresh();
        return true;
    }

    private void showView() {
        boolean board = views.getSelectedTab() == boardTab;
        columns.setVisible(board);
        stageTabs.setVisible(board);
        help.setVisible(board);
        timeline.setVisible(!board);
    }

    private void openCampaign(long id) {
        getUI().ifPresent(ui -> ui.navigate(CampaignView.class, id));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        columns.getElement().executeJs("this.addEventListener('focusin', e => {"
                + " const c = e.target.closest('.campaign-card'); if (c) this._lastCard = c.id; })");
        Long city = MestaUser.require().cityId();
        if (city != null) {
            broadcaster.listenWhileAttached(this, city, changed -> refresh());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.board.title");
    }
}
