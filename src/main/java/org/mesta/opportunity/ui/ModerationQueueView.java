package org.mesta.opportunity.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.city.CityService;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityType;

/** Submitted opportunities of the moderator's city, oldest first. */
@Route("moderation/queue")
@Menu(title = "nav.queue", order = 21, icon = "vaadin:inbox")
@RolesAllowed(Role.MODERATOR_)
public class ModerationQueueView extends Main implements HasDynamicTitle {

    final Select<OpportunityType> type = new Select<>();
    final Grid<Opportunity> grid = new Grid<>();

    ModerationQueueView(ModerationService service, CityService cities) {
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Height.FULL,
                LumoUtility.BoxSizing.BORDER);
        type.setAriaLabel(getTranslation("opportunity.field.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("opportunity.all-types"));
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("opportunity.all-types") : getTranslation(t.translationKey()));
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        String lang = TranslationProvider.tag(getLocale());
        grid.addColumn(o -> o.title(lang))
                .setHeader(getTranslation("opportunity.field.title-short"))
                .setFlexGrow(3);
        grid.addColumn(o -> o.getOrganisationId() == null
                        ? o.getOrganiser()
                        : cities.findOrganisation(o.getOrganisationId())
                                .map(org -> org.getName())
                                .orElse(""))
                .setHeader(getTranslation("opportunity.organisation"));
        grid.addColumn(o ->
                        o.getType() == null ? "" : getTranslation(o.getType().translationKey()))
                .setHeader(getTranslation("opportunity.field.type"));
        grid.addColumn(o -> date.format(o.getSubmittedAt())).setHeader(getTranslation("opportunity.submitted"));
        grid.addComponentColumn(o -> {
                    Button review = new Button(
                            getTranslation("moderation.review"),
                            e -> getUI().ifPresent(ui -> ui.navigate(ModerationDetailView.class, o.getId())));
                    review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    review.setAriaLabel(getTranslation("moderation.review-named", o.title(lang)));
                    return review;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> service.queue(type.getValue(), toSpringPageRequest(q)).stream());
        grid.setAriaLabel(getTranslation("nav.queue"));
        grid.setSizeFull();
        add(new HorizontalLayout(type), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.queue");
    }
}
