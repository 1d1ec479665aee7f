package org.mesta.opportunity.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
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
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.SearchField;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.Status;

/** The provider's opportunities of all their organisations: status, the moderators' word, and actions. */
@Route("provider/opportunities")
@Menu(title = "nav.opportunities", order = 16, icon = "vaadin:calendar")
@RolesAllowed(Role.PROVIDER_)
public class ProviderOpportunitiesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final Select<Status> status = new Select<>();
    final Checkbox archived = new Checkbox();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Button create = new Button();
    final Grid<Opportunity> grid = new Grid<>();
    private final OpportunityService service;

    ProviderOpportunitiesView(OpportunityService service, CityService cities) {
        this.service = service;
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Height.FULL,
                LumoUtility.BoxSizing.BORDER);
        List<Organisation> mine = cities.organisations(MestaUser.require().organisationIds());
        SearchField.configure(search, getTranslation("opportunity.search"), this::refresh);
        status.setAriaLabel(getTranslation("opportunity.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("opportunity.all-statuses"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("opportunity.all-statuses") : getTranslation(s.translationKey()));
        status.addValueChangeListener(e -> refresh());
        archived.setLabel(getTranslation("opportunity.show-archived"));
        archived.addValueChangeListener(e -> refresh());
        organisation.setAriaLabel(getTranslation("opportunity.for-organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setVisible(mine.size() > 1);
        if (!mine.isEmpty()) organisation.setValue(mine.getFirst());
        create.setText(getTranslation("opportunity.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Writing opportunities is for editors and admins of the chosen organisation; issuers only see them.
        create.setEnabled(organisation.getValue() != null
                && MestaUser.require().editsFor(organisation.getValue().getId()));
        organisation.addValueChangeListener(e -> create.setEnabled(e.getValue() != null
                && MestaUser.require().editsFor(e.getValue().getId())));
        create.addClickListener(e -> Notifications.attempt(() -> {
            Opportunity o = service.create(organisation.getValue().getId());
            getUI().ifPresent(ui -> ui.navigate(OpportunityWizardView.class, o.getId()));
        }));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        String lang = TranslationProvider.tag(getLocale());
        grid.addColumn(o -> o.title(lang).isEmpty() ? getTranslation("opportunity.untitled") : o.title(lang))
                .setHeader(getTranslation("opportunity.field.title-short"))
                .setFlexGrow(3);
        grid.addComponentColumn(o -> {
                    Span badge = new Span(getTranslation(o.getStatus().translationKey()));
                    badge.getElement()
                            .getThemeList()
                            .add(
                                    switch (o.getStatus()) {
                                        case APPROVED -> "badge success";
                                        case CHANGES_REQUESTED, REJECTED -> "badge error";
                                        default -> "badge";
                                    });
                    return badge;
                })
                .setHeader(getTranslation("opportunity.field.status"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.getDecisionReason() == null ? "" : o.getDecisionReason())
                .setHeader(getTranslation("opportunity.moderator-note"))
                .setFlexGrow(2);
        grid.addColumn(o -> date.format(o.getUpdatedAt())).setHeader(getTranslation("opportunity.updated"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("opportunity.actions"))
                .setAutoWidth(true);
        grid.setItems(q ->
                service
                        .mine(status.getValue(), archived.getValue(), search.getValue(), toSpringPageRequest(q))
                        .stream());
        grid.setAriaLabel(getTranslation("nav.opportunities"));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, status, archived, organisation, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        toolbar.expand(search);
        toolbar.setWrap(true);
        add(toolbar, grid);
    }

    /** {@code ?status=draft} (any status, lower case) opens the list filtered, as the workspace's counts link it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status").ifPresent(wanted -> {
            for (Status s : Status.values()) {
                if (s.name().equalsIgnoreCase(wanted)) status.setValue(s);
            }
        });
    }

    private HorizontalLayout actions(Opportunity o) {
        String title = o.title(TranslationProvider.tag(getLocale()));
        Button open = new Button(
                getTranslation(o.getStatus().editable() ? "action.edit" : "opportunity.view"),
                e -> getUI().ifPresent(ui -> ui.navigate(OpportunityWizardView.class, o.getId())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(getTranslation("action.edit-named", title));
        Button copy = new Button(getTranslation("opportunity.duplicate"), e -> {
            if (Notifications.attempt(() -> service.duplicate(o.getId()))) {
                Notifications.success(getTranslation("opportunity.duplicated"));
                refresh();
            }
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button archive =
                new Button(getTranslation(o.isArchived() ? "opportunity.unarchive" : "opportunity.archive"), e -> {
                    if (Notifications.attempt(() -> service.archive(o.getId(), !o.isArchived()))) {
                        refresh();
                    }
                });
        archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean edits = MestaUser.require().editsFor(o.getOrganisationId());
        open.setVisible(edits || !o.getStatus().editable());
        copy.setVisible(edits);
        archive.setVisible(edits);
        // Taking part (sessions, check-in) is another feature's screen: linked by address, no dependency on it.
        Anchor participants =
                new Anchor("provider/participants/" + o.getId(), getTranslation("joining.organiser.participants"));
        participants.setId("participants-" + o.getId());
        participants.setAriaLabel(getTranslation("joining.organiser.participants-named", title));
        participants.setVisible(!o.isArchived() && (o.getStatus() == Status.APPROVED || o.getSubmittedAt() != null));
        HorizontalLayout row = new HorizontalLayout(open, copy, archive, participants);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.opportunities");
    }
}
