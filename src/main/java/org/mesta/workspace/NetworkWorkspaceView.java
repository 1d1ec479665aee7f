package org.mesta.workspace;

import static org.mesta.workspace.Dashboard.*;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.mesta.base.Role;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.ui.CitiesView;
import org.mesta.city.ui.OrganisationsView;
import org.mesta.opportunity.DashboardFigures;
import org.mesta.opportunity.ui.CityOpportunitiesView;

/** The network admin's home: every city at a glance, each figure opening that city's list. */
@Route("network")
@Menu(title = "nav.network-home", order = 4, icon = "vaadin:dashboard")
@RolesAllowed(Role.NETWORK_ADMIN_)
public class NetworkWorkspaceView extends RoleWorkspace {

    NetworkWorkspaceView(CityService cities, DashboardFigures opportunities) {
        super("network-admin");
        List<City> all = cities.allCities(getLocale());
        Map<Long, Long> organisations = cities.organisationCounts();
        Map<Long, DashboardFigures.CityCounts> counts = opportunities.cityCounts();
        add(figures(
                figure(
                        "figure-cities",
                        all.size(),
                        getTranslation("dash.network.figure.cities"),
                        url(CitiesView.class)),
                figure(
                        "figure-organisations",
                        organisations.values().stream()
                                .mapToLong(Long::longValue)
                                .sum(),
                        getTranslation("dash.network.figure.organisations"),
                        url(OrganisationsView.class)),
                figure(
                        "figure-published",
                        counts.values().stream()
                                .mapToLong(DashboardFigures.CityCounts::published)
                                .sum(),
                        getTranslation("dash.network.figure.published"),
                        url(CitiesView.class))));
        if (all.isEmpty()) {
            add(empty(
                    getTranslation("dash.network.none"),
                    action(getTranslation("dash.network.add-city"), url(CitiesView.class))));
            return;
        }
        Div tiles = new Div();
        tiles.addClassNames("mesta-blocks", "mesta-city-tiles");
        tiles.setId("network-cities");
        for (City city : all) {
            DashboardFigures.CityCounts c = counts.getOrDefault(city.getId(), DashboardFigures.CityCounts.NONE);
            H4 name = new H4(new Anchor(
                    url(CityOpportunitiesView.class, city.getSlug()),
                    city.name(getLocale()) + " · " + city.getCountry()));
            Div tile = new Div(
                    name,
                    figures(
                            figure(
                                    "city-" + city.getSlug() + "-organisations",
                                    organisations.getOrDefault(city.getId(), 0L),
                                    getTranslation("dash.network.organisations"),
                                    url(OrganisationsView.class) + "?city=" + city.getId()),
                            figure(
                                    "city-" + city.getSlug() + "-published",
                                    c.published(),
                                    getTranslation("dash.network.published"),
                                    url(CityOpportunitiesView.class, city.getSlug())),
                            // Each city's moderators decide; the network admin sees how much waits, not the queue
                            // itself.
                            figure(
                                    "city-" + city.getSlug() + "-waiting",
                                    c.waiting(),
                                    getTranslation("dash.network.waiting"),
                                    null)));
            tile.addClassNames("mesta-card", "mesta-block", "mesta-city-tile");
            tiles.add(tile);
        }
        add(tiles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.network-home");
    }
}
