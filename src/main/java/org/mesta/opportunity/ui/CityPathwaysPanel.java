package org.mesta.opportunity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.city.City;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapRoute;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.map.RouteList;
import org.mesta.opportunity.CityPathways;
import org.mesta.opportunity.CityPathways.PathwayCard;

/**
 * The city page's "Pathways" tab: the city's published pathways as cards, and their routes (steps with a place, in
 * order) on a map with the same routes as text beside it. Fed through {@link CityPathways}, which the pathway
 * feature implements; built once, filled per city when the tab is first shown.
 */
class CityPathwaysPanel extends Div {

    /** Route colours with enough contrast on the map, one per pathway in turn. */
    static final List<String> COLOURS = List.of("#1f6f5c", "#8a3b12", "#3b4ba8", "#7a2e7a", "#5b5b12", "#a1283a");

    private final @Nullable CityPathways pathways;
    private final MapSettings mapSettings;
    private @Nullable MestaMap map;
    private @Nullable RouteList routes;
    private @Nullable Div cards;
    private @Nullable City city;
    private @Nullable Long loadedFor;

    /** Empty until first shown: most visitors of a city page never open this tab, and a session keeps what is built. */
    CityPathwaysPanel(@Nullable CityPathways pathways, MapSettings mapSettings) {
        this.pathways = pathways;
        this.mapSettings = mapSettings;
        setId("city-pathways");
        addClassName("city-pathways");
    }

    private void build() {
        MestaMap map = new MestaMap(mapSettings);
        RouteList routes = new RouteList();
        Div cards = new Div();
        map.setId("city-pathways-map");
        map.setClustering(false);
        map.setInteraction(false, true);
        map.setWidthFull();
        map.setHeight("22rem");
        cards.setId("pathway-cards");
        cards.addClassName("city-cards");
        cards.getElement().setAttribute("role", "list");
        Div mapPane = new Div(map, routes);
        mapPane.addClassName("city-pathways-map");
        add(cards, mapPane);
        this.map = map;
        this.routes = routes;
        this.cards = cards;
    }

    boolean available() {
        return pathways != null;
    }

    void forCity(City city) {
        this.city = city;
        this.loadedFor = null;
    }

    void load(String language) {
        City c = city;
        if (pathways == null || c == null || Long.valueOf(c.getId()).equals(loadedFor)) return;
        loadedFor = c.getId();
        if (map == null) build();
        MestaMap map = this.map;
        RouteList routes = this.routes;
        Div cards = this.cards;
        map.setAccessibleTexts(getTranslation("pathway.city.map"), "", "{0}");
        List<PathwayCard> found = pathways.publishedIn(c.getId(), language);
        cards.removeAll();
        if (found.isEmpty()) cards.add(new Paragraph(getTranslation("pathway.city.none")));
        List<MapRoute> lines = new ArrayList<>();
        List<GeoPoint> all = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            PathwayCard p = found.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            cards.add(card(p, colour));
            if (!p.route().isEmpty()) {
                lines.add(new MapRoute(
                        String.valueOf(p.id()),
                        p.title(),
                        colour,
                        p.route().stream()
                                .map(s -> new MapRoute.Stop(s.place(), s.label()))
                                .toList()));
                p.route().forEach(s -> all.add(s.place()));
            }
        }
        map.setRoutes(lines);
        routes.setRoutes(lines);
        if (all.isEmpty()) {
            map.setView(new GeoPoint(c.getLatitude(), c.getLongitude()), c.getZoom());
        } else {
            map.fit(all);
        }
    }

    private Div card(PathwayCard p, String colour) {
        Div card = new Div();
        card.addClassName("pathway-city-card");
        card.setId("pathway-card-" + p.id());
        card.getElement().setAttribute("role", "listitem");
        card.getStyle().set("border-inline-start-color", colour);
        if (p.imageUrl() != null) {
            Image picture = new Image(p.imageUrl(), p.imageAlt() == null ? "" : p.imageAlt());
            ContentLanguage.mark(picture, p.imageAltLanguage(), getLocale());
            picture.addClassName("pathway-city-card-picture");
            card.add(picture);
        }
        H3 title = new H3(new Anchor("pathways/" + p.id(), p.title()));
        ContentLanguage.mark(title, p.titleLanguage(), getLocale());
        Span who = new Span(p.organisation());
        Span steps = new Span(getTranslation("pathway.city.steps", p.steps()));
        Div meta = new Div(who, new Span(" · "), steps);
        if (p.theme() != null)
            meta.add(new Span(" · " + getTranslation(p.theme().translationKey())));
        meta.addClassName("pathway-city-card-meta");
        String story = p.story().length() > 180 ? p.story().substring(0, 179) + "…" : p.story();
        Paragraph words = new Paragraph(story);
        ContentLanguage.mark(words, p.storyLanguage(), getLocale());
        card.add(title);
        ContentLanguage.marker(this, p.titleLanguage(), getLocale()).ifPresent(card::add);
        card.add(meta, words);
        return card;
    }
}
