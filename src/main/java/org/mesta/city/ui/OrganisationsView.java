package org.mesta.city.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.ui.SearchField;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;

/** Organisations (opportunity providers): a city admin's of their city, a network admin's of any city. */
@Route("city/organisations")
@Menu(title = "nav.organisations", order = 40, icon = "vaadin:building")
@RolesAllowed({Role.CITY_ADMIN_, Role.NETWORK_ADMIN_})
public class OrganisationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final ComboBox<City> cityFilter = new ComboBox<>();
    final Grid<Organisation> grid = new Grid<>();
    final Button add = new Button();
    private final CityService service;
    private final List<City> cities;

    OrganisationsView(CityService service) {
        this.service = service;
        MestaUser user = MestaUser.require();
        List<City> all = service.allCities(getLocale());
        cities = user.has(Role.NETWORK_ADMIN)
                ? all
                : all.stream().filter(c -> c.getId().equals(user.cityId())).toList();
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Height.FULL,
                LumoUtility.BoxSizing.BORDER);

        SearchField.configure(search, getTranslation("organisation.search"), this::refresh);
        cityFilter.setAriaLabel(getTranslation("organisation.city"));
        cityFilter.setPlaceholder(getTranslation("organisation.all-cities"));
        cityFilter.setItems(cities);
        cityFilter.setItemLabelGenerator(c -> c.name(getLocale()));
        cityFilter.setClearButtonVisible(true);
        cityFilter.setVisible(user.has(Role.NETWORK_ADMIN));
        cityFilter.addValueChangeListener(e -> refresh());
        add.setText(getTranslation("organisation.new"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(!cities.isEmpty());
        add.addClickListener(e -> new OrganisationDialog(service, cities, defaultCity(), null, this::refresh).open());

        grid.addColumn(Organisation::getName)
                .setHeader(getTranslation("organisation.name"))
                .setFlexGrow(2);
        grid.addColumn(o -> o.getCity().name(getLocale())).setHeader(getTranslation("organisation.city"));
        grid.addColumn(Organisation::getContactEmail).setHeader(getTranslation("organisation.contact-email"));
        grid.addColumn(o -> o.getWebsite() == null ? "" : o.getWebsite())
                .setHeader(getTranslation("organisation.website"));
        grid.addComponentColumn(o -> {
                    Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(o));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("action.edit-named", o.getName()));
                    return edit;
                })
                .setHeader(getTranslation("action.edit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> service
                .searchOrganisations(
                        cityFilter.getValue() == null
                                ? null
                                : cityFilter.getValue().getId(),
                        search.getValue(),
                        toSpringPageRequest(query))
                .stream());
        grid.setAriaLabel(getTranslation("nav.organisations"));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, cityFilter, add);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(toolbar, grid);
    }

    /** {@code ?city=<id>} shows one city's organisations, as the network overview links them. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("city")
                .ifPresent(wanted -> cities.stream()
                        .filter(c -> String.valueOf(c.getId()).equals(wanted))
                        .findFirst()
                        .ifPresent(cityFilter::setValue));
    }

    void edit(Organisation organisation) {
        new OrganisationDialog(service, cities, defaultCity(), organisation.toDraft(), this::refresh).open();
    }

    private City defaultCity() {
        return cityFilter.getValue() != null ? cityFilter.getValue() : cities.size() == 1 ? cities.getFirst() : null;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations");
    }
}
