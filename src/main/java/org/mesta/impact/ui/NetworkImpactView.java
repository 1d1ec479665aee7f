package org.mesta.impact.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mesta.base.Role;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.impact.ImpactFilter;
import org.mesta.impact.ImpactService;

/** The network's impact: every city's figures together, and a table with each city's main figures. */
@Route("network/impact")
@Menu(title = "nav.network-impact", order = 61, icon = "vaadin:chart-line")
@RolesAllowed(Role.NETWORK_ADMIN_)
public class NetworkImpactView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ImpactFilters filters;
    final ImpactBoard board = new ImpactBoard();
    final NativeTable perCity = new NativeTable();
    private final ImpactService impact;
    private final CityService cities;
    private final Clock clock;

    NetworkImpactView(ImpactService impact, CityService cities, Clock clock) {
        this.impact = impact;
        this.cities = cities;
        this.clock = clock;
        this.filters = new ImpactFilters(clock);
        addClassNames(
                "impact-view",
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        H1 title = new H1(getTranslation("impact.network.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Paragraph intro = new Paragraph(getTranslation("impact.network.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        H2 perCityTitle = new H2(getTranslation("impact.network.per-city"));
        perCityTitle.addClassNames(LumoUtility.FontSize.LARGE);
        perCity.addClassName("impact-table");
        perCity.setId("impact-per-city");
        perCityTitle.setId("impact-per-city-title");
        perCity.getElement().setAttribute("aria-labelledby", "impact-per-city-title");
        Div wrap = new Div(perCity);
        wrap.addClassName("impact-table-wrap");
        add(title, intro, filters, perCityTitle, wrap, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ImpactFilter filter = filters.read(event.getLocation().getQueryParameters(), clock);
        board.show(impact.networkFigures(filter), filter, null, "impact-network");
        Map<Long, City> byId =
                cities.allCities(getLocale()).stream().collect(Collectors.toMap(City::getId, Function.identity()));
        perCity.getBody().removeAllRows();
        perCity.getHead().removeAllRows();
        NativeTableRow head = perCity.getHead().addRow();
        for (String key : List.of("city", "opportunities", "issued", "learners", "providers")) {
            head.addHeaderCell().setText(getTranslation("impact.network.column." + key));
        }
        for (ImpactService.CityLine line : impact.perCity(filter)) {
            City c = byId.get(line.cityId());
            NativeTableRow row = perCity.getBody().addRow();
            var name = row.addHeaderCell();
            name.setText(c == null ? String.valueOf(line.cityId()) : c.name(getLocale()));
            name.getElement().setAttribute("scope", "row");
            for (long n :
                    new long[] {line.opportunities(), line.badgesIssued(), line.activeLearners(), line.providers()}) {
                var cell = row.addDataCell();
                cell.setText(String.valueOf(n));
                cell.addClassName("impact-number");
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact.network.title");
    }
}
