package org.mesta.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.badge.BadgeTexts;
import org.mesta.badge.EndorsementService;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.SearchField;
import org.mesta.base.ui.SvgImage;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.data.domain.PageRequest;

/** The provider's badges: their look, status and last change; new ones start from a template. */
@Route("provider/badges")
@Menu(title = "nav.badges", order = 17, icon = "vaadin:medal")
@RolesAllowed(Role.PROVIDER_)
public class BadgesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final Select<BadgeStatus> status = new Select<>();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Button create = new Button();
    final Grid<Badge> grid = new Grid<>();
    private final BadgeService service;
    private final EndorsementService endorsements;
    /** The endorsements other organisations gave this organisation's badges. */
    final Details endorsed = new Details();

    BadgesView(BadgeService service, CityService cities, EndorsementService endorsements) {
        this.service = service;
        this.endorsements = endorsements;
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Height.FULL,
                LumoUtility.BoxSizing.BORDER);
        List<Organisation> mine = cities.organisations(MestaUser.require().organisationIds());
        SearchField.configure(search, getTranslation("badge.search"), this::refresh);
        status.setAriaLabel(getTranslation("badge.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setItems(BadgeStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("badge.all-statuses") : getTranslation(s.translationKey()));
        status.addValueChangeListener(e -> refresh());
        organisation.setAriaLabel(getTranslation("opportunity.for-organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setVisible(mine.size() > 1);
        if (!mine.isEmpty()) organisation.setValue(mine.getFirst());
        create.setText(getTranslation("badge.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Designing badges is for editors and admins of the chosen organisation; issuers only issue.
        create.setEnabled(organisation.getValue() != null
                && MestaUser.require().editsFor(organisation.getValue().getId()));
        organisation.addValueChangeListener(e -> create.setEnabled(e.getValue() != null
                && MestaUser.require().editsFor(e.getValue().getId())));
        create.addClickListener(e -> chooseTemplate());

        String language = TranslationProvider.tag(getLocale());
        grid.addComponentColumn(b -> {
                    Image image = new Image(
                            "api/badges/" + b.getId() + "/image.png?size=128&lang=" + language + "&v=" + b.getVersion(),
                            b.texts(language).words().alt());
                    image.setWidth("48px");
                    image.setHeight("48px");
                    return image;
                })
                .setHeader(getTranslation("badge.field.image"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> b.texts(language).name().isEmpty()
                        ? getTranslation("badge.untitled")
                        : b.texts(language).name())
                .setHeader(getTranslation("badge.field.name"))
                .setFlexGrow(3);
        grid.addComponentColumn(b -> {
                    Span s = new Span(getTranslation(b.getStatus().translationKey()));
                    s.getElement()
                            .getThemeList()
                            .add(b.getStatus() == BadgeStatus.PUBLISHED ? "badge success" : "badge");
                    return s;
                })
                .setHeader(getTranslation("badge.field.status"))
                .setAutoWidth(true);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        grid.addColumn(b -> when.format(b.getUpdatedAt()))
                .setHeader(getTranslation("badge.field.updated"))
                .setAutoWidth(true);
        grid.addComponentColumn(b -> {
                    String name = b.texts(language).name();
                    Button design = new Button(
                            getTranslation("badge.design"),
                            e -> getUI().ifPresent(ui -> ui.navigate(BadgeDesignerView.class, b.getId())));
                    design.setAriaLabel(getTranslation("badge.design-named", name));
                    design.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    design.setEnabled(b.getStatus() != BadgeStatus.ARCHIVED);
                    design.setVisible(service.mayEdit(b));
                    Button issue = new Button(
                            getTranslation("badge.issue"),
                            e -> getUI().ifPresent(ui -> ui.navigate(IssueView.class, b.getId())));
                    issue.setAriaLabel(getTranslation("badge.issue-named", name));
                    issue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    issue.setVisible(b.getStatus() == BadgeStatus.PUBLISHED && service.mayIssue(b));
                    Button archive = new Button(getTranslation("badge.archive"), e -> {
                        if (Notifications.attempt(() -> service.archive(b.getId()))) refresh();
                    });
                    archive.setAriaLabel(getTranslation("badge.archive-named", name));
                    archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    archive.setVisible(b.getStatus() != BadgeStatus.ARCHIVED && service.mayEdit(b));
                    return new HorizontalLayout(design, issue, archive);
                })
                .setHeader(getTranslation("badge.field.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("badge.none"));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, status, organisation, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        endorsed.setId("badges-endorsements");
        endorsed.addClassName("endorse-mine");
        add(toolbar, grid, endorsed);
        refresh();
        fillEndorsements();
    }

    private void fillEndorsements() {
        var list = endorsements.ofMyBadges(TranslationProvider.tag(getLocale()));
        endorsed.setSummaryText(getTranslation("endorse.mine.title", list.size()));
        endorsed.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        if (list.isEmpty()) endorsed.add(new Span(getTranslation("endorse.mine.none")));
        for (EndorsementService.Shown e : list) {
            Div line = new Div(
                    new Span(getTranslation(
                            "endorse.mine.line", e.badgeName(), e.endorser(), when.format(e.issuedAt()))),
                    new Paragraph(e.comment()));
            line.addClassName("endorse-item");
            endorsed.add(line);
        }
    }

    void refresh() {
        grid.setItems(service.mine(status.getValue(), search.getValue(), PageRequest.of(0, 200)));
    }

    /** {@code ?new} opens the template choice at once (the workspace's "Design a badge"). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("new") && create.isEnabled()) {
            chooseTemplate();
        }
    }

    /** New badges start from a template, shown with the organisation's first words. */
    void chooseTemplate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("badge.template.choose"));
        Div choices = new Div();
        choices.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        choices.getStyle().set("grid-template-columns", "repeat(auto-fill, minmax(9rem, 1fr))");
        for (BadgeDesign.Template t : BadgeDesign.templates()) {
            String label = getTranslation("badge.template." + t.key());
            var preview = new SvgImage(
                    service.preview(t.design(), new BadgeTexts(label, "", getTranslation("app.name"), "", "", label)),
                    "7rem");
            preview.getElement().setAttribute("aria-hidden", "true");
            Div content = new Div(preview, new Span(label));
            content.addClassNames(
                    LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.CENTER);
            Button choose = new Button(
                    content,
                    e -> Notifications.attempt(() -> {
                        Badge b = service.create(organisation.getValue().getId(), t.design());
                        dialog.close();
                        getUI().ifPresent(ui -> ui.navigate(BadgeDesignerView.class, b.getId()));
                    }));
            choose.setAriaLabel(getTranslation("badge.template.use", label));
            choose.addClassName("badge-template");
            choose.setHeight("auto");
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choices.add(choose);
        }
        dialog.add(choices);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        dialog.setWidth("44rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badge.list.title");
    }
}
