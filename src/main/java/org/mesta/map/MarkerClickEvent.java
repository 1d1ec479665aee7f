package org.mesta.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/** A person clicked (or pressed Enter on) a marker of a {@link MestaMap}. */
@DomEvent("marker-click")
public class MarkerClickEvent extends ComponentEvent<MestaMap> {
    private final String markerId;

    public MarkerClickEvent(MestaMap source, boolean fromClient, @EventData("event.detail.id") String markerId) {
        super(source, fromClient);
        this.markerId = markerId;
    }

    public String getMarkerId() {
        return markerId;
    }

    public Optional<MapMarker> getMarker() {
        return Optional.ofNullable(getSource().getMarkers().get(markerId));
    }
}
