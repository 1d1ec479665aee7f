package org.mesta.map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;

/**
 * The routes of a map as text: each route's label and its stops in order, numbered like the map's. Keyboards and
 * screen readers read this instead of the lines.
 */
public class RouteList extends Div {

    public RouteList() {
        addClassName("mesta-route-list");
    }

    public void setRoutes(Collection<MapRoute> routes) {
        removeAll();
        for (MapRoute r : routes) {
            H3 title = new H3(r.label());
            Span swatch = new Span();
            swatch.addClassName("mesta-route-swatch");
            swatch.getStyle().set("background", r.colour());
            swatch.getElement().setAttribute("aria-hidden", "true");
            title.addComponentAsFirst(swatch);
            OrderedList stops = new OrderedList();
            r.stops().forEach(s -> stops.add(new ListItem(s.name())));
            add(title, stops);
        }
    }
}
