package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.EnumSelect;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.RecommendationService;
import org.mesta.opportunity.Theme;

/**
 * The recommendations library: youth policy recommendations of the network and the city, which campaigns
 * carry. Ambassadors start campaigns from them and propose new ones; city admins curate the proposals.
 */
@Route("ambassador/recommendations")
@Menu(title = "nav.recommendations", order = 32, icon = "vaadin:book")
@RolesAllowed({Role.AMBASSADOR_, Role.CITY_ADMIN_, Role.NETWORK_ADMIN_})
public class RecommendationsView extends Main implements HasDynamicTitle {

    final EnumSelect<Theme> theme = new EnumSelect<>(Theme.class);
    final Checkbox proposals = new Checkbox();
    final Button propose = new Button();
    final Div list = new Div();
    private final RecommendationService service;
    private final BoardService board;
    private final MestaUser me = MestaUser.require();

    RecommendationsView(RecommendationService service, BoardService board) {
        this.service = service;
        this.board = board;
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxSizing.BORDER,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        H1 title = new H1(getTranslation("recommendation.library"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Paragraph intro = new Paragraph(getTranslation("recommendation.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        Filters.any(theme, "campaign.field.theme", Theme::translationKey, this::refresh);
        proposals.setLabel(getTranslation(curator() ? "recommendation.show-proposals" : "recommendation.show-mine"));
        proposals.addValueChangeListener(e -> refresh());
        proposals.setValue(curator());
        propose.setText(getTranslation("recommendation.propose"));
        propose.setIcon(VaadinIcon.PLUS.create());
        propose.addClickListener(e -> new ProposeDialog(service, this::refresh).open());
        HorizontalLayout bar = new HorizontalLayout(theme, proposals, propose);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        list.getElement().setAttribute("role", "list");
        add(title, intro, bar, list);
        refresh();
    }

    private boolean curator() {
        return me.has(Role.CITY_ADMIN) || me.has(Role.NETWORK_ADMIN);
    }

    void refresh() {
        list.removeAll();
        String language = TranslationProvider.tag(getLocale());
        List<Recommendation> all = service.recommendations(theme.getValue(), proposals.getValue());
        for (Recommendation r : all) {
            list.add(item(r, language));
        }
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("recommendation.none")));
        }
    }

    private Div item(Recommendation r, String language) {
        Recommendation.Words w = r.words(language);
        H2 name = new H2(w.title());
        name.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Span themeTag = new Span(getTranslation(r.getTheme().translationKey()));
        themeTag.getElement().getThemeList().add("badge");
        Span scope = new Span(getTranslation(r.getCityId() == null ? "recommendation.network" : "recommendation.city"));
        scope.getElement().getThemeList().add("badge contrast");
        HorizontalLayout tags = new HorizontalLayout(themeTag, scope);
        tags.setSpacing(true);
        if (r.getStatus() != Recommendation.Status.CURATED) {
            Span status = new Span(getTranslation(r.getStatus().translationKey()));
            status.getElement()
                    .getThemeList()
                    .add(r.getStatus() == Recommendation.Status.DECLINED ? "badge error" : "badge warning");
            tags.add(status);
        }
        Paragraph body = new Paragraph(w.body());
        body.addClassName("campaign-comment-body");
        Span source = new Span(getTranslation("recommendation.source-is", r.getSource()));
        source.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout actions = new HorizontalLayout();
        if (me.has(Role.AMBASSADOR) && r.getStatus() == Recommendation.Status.CURATED) {
            Button start = new Button(
                    getTranslation("recommendation.start"),
                    e -> NewCampaignDialog.open(
                            board, service, r, id -> getUI().ifPresent(ui -> ui.navigate(CampaignView.class, id))));
            start.setAriaLabel(getTranslation("recommendation.start-named", w.title()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(start);
        }
        boolean mayCurate = r.getCityId() == null ? me.has(Role.NETWORK_ADMIN) : me.administers(r.getCityId());
        if (mayCurate && r.getStatus() != Recommendation.Status.CURATED) {
            Button accept = new Button(getTranslation("recommendation.accept"), e -> curate(r, true));
            accept.setAriaLabel(getTranslation("recommendation.accept-named", w.title()));
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            actions.add(accept);
        }
        if (mayCurate && r.getStatus() != Recommendation.Status.DECLINED) {
            Button decline = new Button(getTranslation("recommendation.decline"), e -> curate(r, false));
            decline.setAriaLabel(getTranslation("recommendation.decline-named", w.title()));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(decline);
        }
        Div item = new Div(name, tags, body, source, actions);
        item.addClassName("campaign-section");
        item.getElement().setAttribute("role", "listitem");
        return item;
    }

    private void curate(Recommendation r, boolean accepted) {
        if (Notifications.attemptChange(() -> service.curate(r.getId(), r.getVersion(), accepted), this::refresh)) {
            Notifications.success(getTranslation(accepted ? "recommendation.accepted" : "recommendation.declined"));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recommendation.library");
    }
}
