package org.mesta.impact.ui;

import com.vaadin.flow.component.html.Anchor;
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

/**
 * The network's impact: every city's figures together, and a table with each city's main figures (also as CSV and
 * JSON, like every figure).
 */
@Route("network/impact")
@Menu(title = "nav.network-impact", order = 61, icon = "vaadin:chart-line")
@RolesAllowed(Role.NETWORK_ADMIN_)
public class NetworkImpactView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ImpactFilters filters;
    final ImpactBoard board = new ImpactBoard();
    final NativeTable perCity = new NativeTable();
    final Anchor perCityCsv = new Anchor();
    final Anchor perCityJson = new Anchor();
    PerCityTable perCityNumbers = new PerCityTable(List.of(), List.of());
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
        String tableName = getTranslation("impact.network.per-city");
        perCityCsv.setId("csv-per-city");
        perCityCsv.setText(getTranslation("impact.download.csv"));
        perCityCsv.getElement().setAttribute("aria-label", getTranslation("impact.download.csv-of", tableName));
        perCityJson.setId("json-per-city");
        perCityJson.setText(getTranslation("impact.download.json"));
        perCityJson.getElement().setAttribute("aria-label", getTranslation("impact.download.json-of", tableName));
        Div downloads = new Div(perCityCsv, perCityJson);
        downloads.addClassName("impact-downloads");
        add(title, intro, filters, perCityTitle, wrap, downloads, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ImpactFilter filter = filters.read(event.getLocation().getQueryParameters(), clock);
        board.show(impact.networkFigures(filter), filter, null, "impact-network");
        perCityNumbers = perCity(filter);
        showPerCity(perCityNumbers);
        ImpactDownloads.csv(perCityCsv, perCityNumbers.csv(), "impact-network-cities", ImpactDownloads.Limit.NONE);
        ImpactDownloads.json(
                perCityJson, perCityNumbers.json(filter), "impact-network-cities", ImpactDownloads.Limit.NONE);
    }

    private PerCityTable perCity(ImpactFilter filter) {
        Map<Long, City> byId =
                cities.allCities(getLocale()).stream().collect(Collectors.toMap(City::getId, Function.identity()));
        List<PerCityTable.Line> lines = impact.perCity(filter).stream()
                .map(line -> {
                    City c = byId.get(line.cityId());
                    return new PerCityTable.Line(
                            c == null ? null : c.getSlug(),
                            c == null ? String.valueOf(line.cityId()) : c.name(getLocale()),
                            List.of(
                                    line.opportunities(),
                                    line.badgesIssued(),
                                    line.activeLearners(),
                                    line.providers()));
                })
                .toList();
        return new PerCityTable(
                PerCityTable.KEYS.stream()
                        .map(k -> getTranslation("impact.network.column." + k))
                        .toList(),
                lines);
    }

    private void showPerCity(PerCityTable table) {
        perCity.getBody().removeAllRows();
        perCity.getHead().removeAllRows();
        NativeTableRow head = perCity.getHead().addRow();
        table.columns().forEach(column -> head.addHeaderCell().setText(column));
        for (PerCityTable.Line line : table.lines()) {
            NativeTableRow row = perCity.getBody().addRow();
            var name = row.addHeaderCell();
            name.setText(line.name());
            name.getElement().setAttribute("scope", "row");
            for (long n : line.figures()) {
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
