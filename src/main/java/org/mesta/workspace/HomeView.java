package org.mesta.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapMarker;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.security.ui.LoginView;
import org.mesta.security.ui.RegisterView;

/** The front door: visitors see what Mesta is and the network's cities; signed-in people go to their workspace. */
@Route("")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CityService cities;
    private final MapSettings mapSettings;

    HomeView(CityService cities, MapSettings mapSettings) {
        this.cities = cities;
        this.mapSettings = mapSettings;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = MestaUser.current();
        if (user.isPresent()) {
            event.forwardTo(Workspaces.landingFor(user.get()));
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("home.title"));
        title.addClassNames(LumoUtility.FontSize.XXXLARGE);
        Button register = new Button(getTranslation("home.register"), e -> getUI().ifPresent(ui -> ui.navigate(RegisterView.class)));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button login = new Button(getTranslation("layout.login"), e -> getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
        UnorderedList list = new UnorderedList();
        list.addClassNames("mesta-city-list");
        MestaMap map = new MestaMap(mapSettings);
        map.setId("network-map");
        map.setWidthFull();
        map.setHeight("22rem");
        map.setClustering(false);
        map.setInteraction(false, true);
        map.setAccessibleTexts(getTranslation("home.map-label"), getTranslation("map.none-in-view"),
                getTranslation("map.count-in-view"));
        var all = cities.allCities(getLocale());
        all.forEach(c -> list.add(new ListItem(new Anchor("cities/" + c.getSlug(), c.name(getLocale()) + " · " + c.getCountry()))));
        map.setMarkers(all.stream().map(c -> new MapMarker(c.getSlug(), new GeoPoint(c.getLatitude(), c.getLongitude()),
                c.name(getLocale()), "city", c.getCountry())).toList());
        map.setView(new GeoPoint(25, 5), 1.5);
        map.addMarkerClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cities/" + e.getMarkerId())));
        add(title, new Paragraph(getTranslation("home.intro")), new HorizontalLayout(register, login),
                new H2(getTranslation("home.cities")), map, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
