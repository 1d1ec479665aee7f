package org.mesta.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A person dropped a draggable marker (a location picker) at a new place. */
@DomEvent("marker-drag")
public class MarkerDragEvent extends ComponentEvent<MestaMap> {
    private final String markerId;
    private final GeoPoint position;

    public MarkerDragEvent(
            MestaMap source,
            boolean fromClient,
            @EventData("event.detail.id") String markerId,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lon") double lon) {
        super(source, fromClient);
        this.markerId = markerId;
        this.position = new GeoPoint(lat, MestaMap.wrap(lon));
    }

    public String getMarkerId() {
        return markerId;
    }

    public GeoPoint getPosition() {
        return position;
    }
}
