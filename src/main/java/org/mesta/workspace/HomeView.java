package org.mesta.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mesta.badge.BadgeService;
import org.mesta.base.MestaUser;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.campaign.BoardService;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapMarker;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.opportunity.PublicOpportunities;

/**
 * The front door: visitors see what is on now across the network (opportunities, badges to earn, campaigns in
 * action) and the network's cities; signed-in people go to their workspace.
 */
@Route("")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How many of each the front page shows. */
    static final int SHOWN = 6;

    private final CityService cities;
    private final PublicOpportunities opportunities;
    private final BadgeService badges;
    private final BoardService campaigns;
    private final MapSettings mapSettings;

    HomeView(
            CityService cities,
            PublicOpportunities opportunities,
            BadgeService badges,
            BoardService campaigns,
            MapSettings mapSettings) {
        this.cities = cities;
        this.opportunities = opportunities;
        this.badges = badges;
        this.campaigns = campaigns;
        this.mapSettings = mapSettings;
        addClassNames("mesta-narrow", "mesta-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = MestaUser.current();
        if (user.isPresent()) {
            event.forwardTo(Workspaces.landingFor(user.get()));
            return;
        }
        removeAll();
        List<City> all = cities.allCities(getLocale());
        Map<Long, City> byId = all.stream().collect(Collectors.toMap(City::getId, Function.identity()));
        FrontPage blocks = new FrontPage(this, getLocale(), byId, ClientTime.zone());
        add(
                welcome(),
                blocks.opportunities(opportunities.upcomingInNetwork(SHOWN)),
                blocks.badges(badges.featured(SHOWN, TranslationProvider.tag(getLocale()))),
                blocks.campaigns(campaigns.running(SHOWN)),
                citiesSection(all));
        Anchor privacy = new Anchor("privacy", getTranslation("rights.privacy.title"));
        privacy.setId("front-privacy-link");
        add(new Footer(privacy));
    }

    private Div welcome() {
        H1 title = new H1(getTranslation("home.title"));
        title.addClassNames(LumoUtility.Margin.Top.NONE);
        // Links, not buttons: they go somewhere, and a visitor's view keeps no listeners.
        Anchor register = new Anchor("register", getTranslation("home.register"));
        register.addClassNames("mesta-cta", "mesta-cta-primary");
        Anchor login = new Anchor("login", getTranslation("layout.login"));
        login.addClassName("mesta-cta");
        Anchor findCity = new Anchor("#home-cities", getTranslation("home.find-city"));
        findCity.addClassName("mesta-cta");
        Div actions = new Div(register, findCity, login);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        Div hero = new Div(title, new Paragraph(getTranslation("home.intro")), actions);
        hero.addClassName("mesta-hero");
        return hero;
    }

    private Section citiesSection(List<City> all) {
        Section section = new Section();
        section.setId("home-cities");
        H2 title = new H2(getTranslation("home.cities"));
        title.setId("home-cities-title");
        section.getElement().setAttribute("aria-labelledby", "home-cities-title");
        section.addClassNames(LumoUtility.Margin.Top.LARGE);
        MestaMap map = new MestaMap(mapSettings);
        map.setId("network-map");
        map.setWidthFull();
        map.setHeight("22rem");
        map.setClustering(false);
        map.setInteraction(false, true);
        map.setAccessibleTexts(
                getTranslation("home.map-label"),
                getTranslation("map.none-in-view"),
                getTranslation("map.count-in-view"));
        UnorderedList list = new UnorderedList();
        list.addClassNames("mesta-city-list");
        all.forEach(c -> list.add(
                new ListItem(new Anchor("cities/" + c.getSlug(), c.name(getLocale()) + " · " + c.getCountry()))));
        map.setMarkers(all.stream()
                .map(c -> new MapMarker(
                        c.getSlug(),
                        new GeoPoint(c.getLatitude(), c.getLongitude()),
                        c.name(getLocale()),
                        "city",
                        c.getCountry()))
                .toList());
        map.setView(new GeoPoint(25, 5), 1.5);
        map.addMarkerClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cities/" + e.getMarkerId())));
        section.add(title, map, list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
