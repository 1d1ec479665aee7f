package org.mesta.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The visible part of the map after the person stopped moving it (debounced in the browser). */
@DomEvent("viewport-change")
public class ViewportChangeEvent extends ComponentEvent<MestaMap> {
    private final BoundingBox bounds;
    private final double zoom;
    private final GeoPoint centre;

    public ViewportChangeEvent(
            MestaMap source,
            boolean fromClient,
            @EventData("event.detail.minLat") double minLat,
            @EventData("event.detail.minLon") double minLon,
            @EventData("event.detail.maxLat") double maxLat,
            @EventData("event.detail.maxLon") double maxLon,
            @EventData("event.detail.zoom") double zoom,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lon") double lon) {
        super(source, fromClient);
        this.bounds = new BoundingBox(
                MestaMap.clampLat(minLat), Math.max(-180, minLon), MestaMap.clampLat(maxLat), Math.min(180, maxLon));
        this.zoom = zoom;
        this.centre = new GeoPoint(MestaMap.clampLat(lat), MestaMap.wrap(lon));
    }

    public BoundingBox getBounds() {
        return bounds;
    }

    public double getZoom() {
        return zoom;
    }

    public GeoPoint getCentre() {
        return centre;
    }
}
