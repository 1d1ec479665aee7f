package org.mesta.city.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.Role;
import org.mesta.base.ui.SearchField;
import org.mesta.city.City;
import org.mesta.city.CityService;

/** The network admin's list of cities of the network. */
@Route("network/cities")
@Menu(title = "nav.cities", order = 60, icon = "vaadin:globe")
@RolesAllowed(Role.NETWORK_ADMIN_)
public class CitiesView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<City> grid = new Grid<>();
    final Button add = new Button();
    private final CityService service;

    CitiesView(CityService service) {
        this.service = service;
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Height.FULL,
                LumoUtility.BoxSizing.BORDER);
        SearchField.configure(search, getTranslation("city.search"), this::refresh);
        add.setText(getTranslation("city.new"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new CityDialog(service, null, this::refresh).open());

        grid.addColumn(c -> c.name(getLocale()))
                .setHeader(getTranslation("city.name"))
                .setSortable(false);
        grid.addColumn(City::getCountry)
                .setHeader(getTranslation("city.country"))
                .setAutoWidth(true);
        grid.addColumn(City::getSlug).setHeader(getTranslation("city.slug"));
        grid.addColumn(c -> String.format(getLocale(), "%.4f, %.4f", c.getLatitude(), c.getLongitude()))
                .setHeader(getTranslation("city.centre"));
        grid.addColumn(City::getTimeZone).setHeader(getTranslation("city.time-zone"));
        grid.addComponentColumn(c -> {
                    Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(c));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("action.edit-named", c.name(getLocale())));
                    return edit;
                })
                .setHeader(getTranslation("action.edit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> service.searchCities(search.getValue(), toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAriaLabel(getTranslation("nav.cities"));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(toolbar, grid);
    }

    void edit(City city) {
        new CityDialog(service, city.toDraft(), this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cities");
    }
}
