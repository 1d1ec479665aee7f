package org.mesta.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
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
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The city's campaign board: a column per stage, cards dragged between and within columns, or moved with the
 * card's "Move to…" menu or Alt+arrow keys by anyone who cannot drag. Other people's moves arrive by push.
 */
@Route("ambassador/campaigns")
@Menu(title = "nav.campaigns", order = 31, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.AMBASSADOR_, Role.CITY_ADMIN_})
public class BoardView extends Main implements HasDynamicTitle, CardMoves {

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
    private final Map<Stage, BoardColumn> columnOf = new EnumMap<>(Stage.class);
    private final Paragraph help;
    private final BoardService service;
    private final CampaignService campaigns;
    private final RecommendationService recommendations;
    private final BoardBroadcaster broadcaster;
    private final boolean ambassador;
    private List<BoardCard> cards = List.of();
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
            BoardColumn column = new BoardColumn(s, ambassador, this);
            columnOf.put(s, column);
            lists.put(s, column.list);
            columns.add(column);
            Tab tab = new Tab();
            tab.setId("stage-tab-" + s.name().toLowerCase(Locale.ROOT));
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
        return stageTab.entrySet().stream()
                .filter(e -> e.getValue() == stageTabs.getSelectedTab())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Stage.values()[0]);
    }

    void showColumn(Stage s) {
        stageTabs.setSelectedTab(stageTab.get(s));
        showColumn();
    }

    void refresh() {
        cards = service.board(new BoardFilter(mine.getValue(), theme.getValue(), kind.getValue(), stage.getValue()));
        for (Stage s : Stage.values()) {
            List<BoardCard> in = cards.stream().filter(c -> c.stage() == s).toList();
            BoardColumn column = columnOf.get(s);
            column.show(in);
            column.setVisible(stage.getValue() == null || stage.getValue() == s);
            stageTab.get(s).setLabel(getTranslation("campaign.column", getTranslation(s.translationKey()), in.size()));
            stageTab.get(s).setVisible(stage.getValue() == null || stage.getValue() == s);
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
            columns.getElement()
                    .executeJs("const a = document.activeElement;"
                            + "if (this._lastCard && (!a || a === document.body)) {"
                            + " const c = document.getElementById(this._lastCard); if (c) c.focus(); }");
        }
    }

    private Optional<Component> cardElement(long id) {
        return lists.values().stream()
                .flatMap(Component::getChildren)
                .filter(c -> ("campaign-card-" + id).equals(c.getId().orElse(null)))
                .findFirst();
    }

    /**
     * Up or down past the card shown above or below. Positions are the stored ones, so this is right even when
     * filters hide some cards of the column.
     */
    @Override
    public void neighbour(BoardCard c, int shownIndex, int direction) {
        List<BoardCard> column =
                cards.stream().filter(x -> x.stage() == c.stage()).toList();
        int other = shownIndex + direction;
        if (other >= 0 && other < column.size()) {
            move(c, c.stage(), column.get(other).position());
        }
    }

    /** A card dropped on another takes that card's stored place; dropped below the last, it goes to the end. */
    @Override
    public void dropped(long id, Stage to, int index) {
        cards.stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> move(c, to, index));
    }

    /** Moves a card; reaching Done (or Evaluated) without outcomes first asks for them. */
    @Override
    public void move(BoardCard c, Stage to, int index) {
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
        } catch (OptimisticLockingFailureException e) {
            // Someone moved or changed it first: show the board as it is now rather than guess.
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
        columns.getElement()
                .executeJs("this.addEventListener('focusin', e => {"
                        + " const c = e.target.closest('.campaign-card'); if (c) this._lastCard = c.id; })");
        Long city = MestaUser.require().cityId();
        if (city != null) {
            broadcaster.listenWhileAttached(this, city, changes -> refresh());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.board.title");
    }
}
