package org.mesta.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A person clicked the map itself, not a marker: where, with the longitude brought back into -180..180. */
@DomEvent("map-click")
public class MapClickEvent extends ComponentEvent<MestaMap> {
    private final GeoPoint position;

    public MapClickEvent(
            MestaMap source,
            boolean fromClient,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lon") double lon) {
        super(source, fromClient);
        this.position = new GeoPoint(lat, MestaMap.wrap(lon));
    }

    public GeoPoint getPosition() {
        return position;
    }
}
