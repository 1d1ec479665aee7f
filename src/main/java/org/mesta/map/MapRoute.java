package org.mesta.map;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** A route on the map: a line through its stops in order (e.g. a pathway's steps that have a place), with a label. */
public record MapRoute(String id, String label, String colour, List<Stop> stops) implements Serializable {

    /** One stop, named so the list beside the map can say what it is. */
    public record Stop(GeoPoint position, String name) implements Serializable {}

    public MapRoute {
        stops = List.copyOf(stops);
    }

    /** [[id, label, colour, [[lon, lat], ...]], ...] for the browser. */
    static String json(Collection<MapRoute> routes) {
        StringBuilder json = new StringBuilder("[");
        boolean first = true;
        for (MapRoute r : routes) {
            if (!first) json.append(',');
            first = false;
            json.append('[');
            Json.string(json, r.id());
            json.append(',');
            Json.string(json, r.label());
            json.append(',');
            Json.string(json, r.colour());
            json.append(",[");
            for (int i = 0; i < r.stops().size(); i++) {
                GeoPoint p = r.stops().get(i).position();
                if (i > 0) json.append(',');
                json.append('[')
                        .append(p.longitude())
                        .append(',')
                        .append(p.latitude())
                        .append(']');
            }
            json.append("]]");
        }
        return json.append(']').toString();
    }
}
