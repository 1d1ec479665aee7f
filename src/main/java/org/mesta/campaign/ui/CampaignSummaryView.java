package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.mesta.badge.Badge;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.ReachingOutService;
import org.mesta.campaign.ThemeSummary;

/** For city admins: what the city's campaigns achieved, by theme, and the badge evaluated campaigns earn. */
@Route("city/campaigns")
@Menu(title = "nav.campaign-summary", order = 45, icon = "vaadin:chart-3d")
@RolesAllowed(Role.CITY_ADMIN_)
public class CampaignSummaryView extends Main implements HasDynamicTitle {

    final Grid<ThemeSummary> grid = new Grid<>();
    final Select<Badge> badge = new Select<>();
    final Button saveBadge = new Button();
    final Div awaiting = new Div();
    private final ReachingOutService service;
    private final BoardService evaluations;

    CampaignSummaryView(ReachingOutService service, BoardService evaluations) {
        this.service = service;
        this.evaluations = evaluations;
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxSizing.BORDER,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        H1 title = new H1(getTranslation("campaign.summary.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Paragraph intro = new Paragraph(getTranslation("campaign.summary.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        RouterLink board = new RouterLink(getTranslation("campaign.summary.board"), BoardView.class);

        grid.addColumn(s -> getTranslation(s.theme().translationKey()))
                .setHeader(getTranslation("campaign.field.theme"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(ThemeSummary::campaigns)
                .setHeader(getTranslation("campaign.summary.campaigns"))
                .setAutoWidth(true);
        grid.addColumn(ThemeSummary::finished)
                .setHeader(getTranslation("campaign.summary.finished"))
                .setAutoWidth(true);
        grid.addColumn(ThemeSummary::peopleReached)
                .setHeader(getTranslation("campaign.outcome.people"))
                .setAutoWidth(true);
        grid.addColumn(ThemeSummary::decisionMakers)
                .setHeader(getTranslation("campaign.outcome.decision-makers"))
                .setAutoWidth(true);
        grid.addColumn(ThemeSummary::eventsHeld)
                .setHeader(getTranslation("campaign.outcome.events"))
                .setAutoWidth(true);
        grid.addColumn(ThemeSummary::mediaMentions)
                .setHeader(getTranslation("campaign.outcome.media"))
                .setAutoWidth(true);
        grid.addColumn(ThemeSummary::artworks)
                .setHeader(getTranslation("campaign.outcome.artworks"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("campaign.none"));
        grid.setAriaLabel(getTranslation("campaign.summary.title"));
        List<ThemeSummary> rows = service.summary();
        grid.setItems(rows);

        H2 badgeHeading = new H2(getTranslation("campaign.summary.badge"));
        badgeHeading.addClassNames(LumoUtility.FontSize.LARGE);
        Paragraph badgeIntro = new Paragraph(getTranslation("campaign.summary.badge.intro"));
        String language = TranslationProvider.tag(getLocale());
        badge.setLabel(getTranslation("campaign.summary.badge.choose"));
        badge.setEmptySelectionAllowed(true);
        badge.setEmptySelectionCaption(getTranslation("campaign.summary.badge.no-badge"));
        badge.setItems(service.badgeChoices());
        badge.setItemLabelGenerator(b -> b == null
                ? getTranslation("campaign.summary.badge.no-badge")
                : b.texts(language).name());
        service.campaignBadge()
                .ifPresent(b -> badge.getListDataView()
                        .getItems()
                        .filter(x -> x.getId().equals(b.getId()))
                        .findFirst()
                        .ifPresent(badge::setValue));
        saveBadge.setText(getTranslation("action.save"));
        saveBadge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveBadge.addClickListener(e -> {
            if (Notifications.attempt(() -> service.chooseCampaignBadge(
                    badge.getValue() == null ? null : badge.getValue().getId()))) {
                Notifications.success(getTranslation("campaign.summary.badge.saved"));
            }
        });
        HorizontalLayout badgeRow = new HorizontalLayout(badge, saveBadge);
        badgeRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        H2 awaitingHeading = new H2(getTranslation("campaign.evaluation.pending-title"));
        awaitingHeading.addClassNames(LumoUtility.FontSize.LARGE);
        awaiting.setId("evaluations-awaiting");
        showAwaiting();
        add(title, intro, board, awaitingHeading, awaiting, grid, badgeHeading, badgeIntro, badgeRow);
    }

    /** A short list (a few campaigns at most), so plain rows rather than a grid. */
    private void showAwaiting() {
        awaiting.removeAll();
        List<Campaign> waiting = evaluations.awaitingConfirmation();
        if (waiting.isEmpty()) {
            awaiting.add(new Paragraph(getTranslation("campaign.evaluation.none")));
        }
        for (Campaign c : waiting) {
            Span state = new Span(getTranslation("campaign.evaluation.awaiting"));
            state.getElement().getThemeList().add("badge contrast");
            // Lumo badges keep to one line; on a phone this sentence must wrap instead of running off the screen.
            state.getStyle().set("white-space", "normal").set("flex-shrink", "1");
            HorizontalLayout row = new HorizontalLayout(
                    new RouterLink(c.getTitle(), CampaignView.class, c.getId()), state, confirmButton(c));
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassNames(LumoUtility.FlexWrap.WRAP);
            awaiting.add(row);
        }
    }

    private Button confirmButton(Campaign campaign) {
        Button confirm = new Button(getTranslation("campaign.evaluation.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        confirm.setAriaLabel(getTranslation("campaign.evaluation.confirm") + ": " + campaign.getTitle());
        confirm.addClickListener(e -> {
            confirm.setEnabled(false);
            int[] awarded = new int[1];
            if (Notifications.attempt(
                    () -> awarded[0] = evaluations.confirmEvaluation(campaign.getId(), campaign.getVersion()))) {
                Notifications.success(getTranslation("campaign.evaluation.confirmed", awarded[0]));
            }
            showAwaiting();
        });
        return confirm;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.summary.title");
    }
}
