package org.mesta.map;

import java.io.Serializable;
import java.util.Objects;

/**
 * One marker: plain data, not a component, so a map holds tens of thousands cheaply. The kind picks the
 * colour (e.g. opportunity, event, city); title and popup are shown when the marker is chosen.
 */
public record MapMarker(String id, GeoPoint position, String title, String kind, String popup) implements Serializable {

    public MapMarker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        title = title == null ? "" : title;
        kind = kind == null ? "default" : kind;
        popup = popup == null ? "" : popup;
    }

    public MapMarker(String id, GeoPoint position, String title, String kind) {
        this(id, position, title, kind, "");
    }
}
