package org.mesta.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mesta's map, over OpenLayers (see frontend mesta-map.ts): markers with clustering, a click on a cluster
 * zooms in, and events for marker and map clicks and for the viewport (debounced in the browser) so a view
 * can load only what is visible. Markers travel as compact JSON arrays: one call for a whole set or a delta.
 */
@Tag("mesta-map")
@JsModule("./mesta-map.ts")
@NpmPackage(value = "ol", version = "10.10.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
public class MestaMap extends Component implements HasSize, HasStyle {

    private final Map<String, MapMarker> markers = new LinkedHashMap<>();
    private final Map<String, String> kindColours = new LinkedHashMap<>();
    private final List<MapRoute> routes = new ArrayList<>();
    private GeoPoint centre = new GeoPoint(46.0569, 14.5058);
    private double zoom = 4;
    private BoundingBox viewport;
    private boolean draggable;
    private boolean readOnly;
    /** The box to show (with its zoom range) until the view is set otherwise; sent again when (re)attached. */
    private BoundingBox framed;

    private double framedMinZoom;
    /** The heat layer's points and legend texts (title, less, more); empty: no heat layer shown. */
    private final List<HeatPoint> heat = new ArrayList<>();

    private String[] heatLegend = {"", "", ""};
    private double framedMaxZoom;
    /** The GeoJSON URL the browser loads its markers from, and their kind; null: markers are sent from here. */
    private String markerSource;

    private String markerSourceKind;

    public MestaMap() {
        setHeight("24rem");
        addViewportChangeListener(e -> {
            centre = e.getCentre();
            zoom = e.getZoom();
            viewport = e.getBounds();
            framed = null; // what the browser shows now is what to restore
        });
        addMarkerDragListener(e -> {
            MapMarker old = markers.get(e.getMarkerId());
            if (old != null) {
                markers.put(old.id(), new MapMarker(old.id(), e.getPosition(), old.title(), old.kind(), old.popup()));
            }
        });
    }

    /**
     * Raster tiles from the configured XYZ template with their attribution, or only the bundled basemap when the
     * settings say offline. The browser switches to the bundled basemap by itself when tiles do not load.
     */
    public MestaMap(MapSettings settings) {
        this();
        if (!settings.offline()) {
            getElement().setProperty("tileUrl", settings.tileUrl());
            getElement().setProperty("tileAttribution", settings.tileAttribution());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Every map says so when it had to fall back to the bundled basemap, in the reader's language.
        if (!getElement().hasProperty("fallbackLabel")) {
            getElement().setProperty("fallbackLabel", getTranslation("map.tiles-fallback"));
        }
        // A (re)attached element is new in the browser: send it the whole state once.
        if (framed != null) {
            sendFit();
        } else {
            getElement().callJsFunction("setView", centre.longitude(), centre.latitude(), zoom);
        }
        kindColours.forEach((kind, colour) -> getElement().callJsFunction("setKindColour", kind, colour));
        getElement().callJsFunction("setInteraction", draggable, readOnly);
        if (markerSource != null) {
            getElement().callJsFunction("setMarkerSource", markerSource, markerSourceKind);
        } else {
            getElement().callJsFunction("setMarkers", Json.markers(markers.values()));
        }
        getElement().callJsFunction("setRoutes", MapRoute.json(routes));
        if (!heat.isEmpty()) {
            getElement().callJsFunction("setHeat", HeatPoint.json(heat), heatLegend[0], heatLegend[1], heatLegend[2]);
        }
    }

    /** The line shown on the map when the tiles could not be loaded and the bundled basemap is drawn instead. */
    public void setTileFallbackText(String text) {
        getElement().setProperty("fallbackLabel", text);
    }

    /** Whether the map shows raster tiles (until the browser falls back), rather than only the bundled basemap. */
    public boolean hasTiles() {
        return !getElement().getProperty("tileUrl", "").isEmpty();
    }

    // ---- view ----

    public void setView(GeoPoint centre, double zoom) {
        this.framed = null;
        this.centre = centre;
        this.zoom = zoom;
        whenAttached("setView", centre.longitude(), centre.latitude(), zoom);
    }

    public void setCentre(GeoPoint centre) {
        setView(centre, zoom);
    }

    public void setZoom(double zoom) {
        setView(centre, zoom);
    }

    public GeoPoint getCentre() {
        return centre;
    }

    public double getZoom() {
        return zoom;
    }

    /** The part of the world shown, as last reported by the browser; empty before the first report. */
    public Optional<BoundingBox> getViewport() {
        return Optional.ofNullable(viewport);
    }

    public void fit(BoundingBox box, double maxZoom) {
        fit(box, 0, maxZoom);
    }

    /** Shows the whole box as closely as the zoom range allows (a single point at maxZoom). */
    public void fit(BoundingBox box, double minZoom, double maxZoom) {
        this.centre = new GeoPoint(
                (box.minLatitude() + box.maxLatitude()) / 2, (box.minLongitude() + box.maxLongitude()) / 2);
        this.framed = box;
        this.framedMinZoom = minZoom;
        this.framedMaxZoom = maxZoom;
        if (isAttached()) {
            sendFit();
        }
    }

    public void fit(Collection<GeoPoint> points) {
        if (!points.isEmpty()) {
            fit(BoundingBox.around(points), 15);
        }
    }

    /** Zoom range for framing places in a city: not wider than a city, not closer than a few streets. */
    public static final double CITY_MIN_ZOOM = 10;

    public static final double STREETS_ZOOM = 15;

    /**
     * Frames every marker so all are in view (at a zoom between {@link #CITY_MIN_ZOOM}, or the given zoom when it
     * is wider, and {@link #STREETS_ZOOM}), or shows the given centre and zoom when there is no marker.
     */
    public void frameMarkers(GeoPoint otherwiseCentre, double otherwiseZoom) {
        frame(markers.values().stream().map(MapMarker::position).toList(), otherwiseCentre, otherwiseZoom);
    }

    /** As {@link #frameMarkers}, for places the browser will show (markers it loads from a marker source). */
    public void frame(Collection<GeoPoint> places, GeoPoint otherwiseCentre, double otherwiseZoom) {
        if (places.isEmpty()) {
            setView(otherwiseCentre, otherwiseZoom);
        } else {
            fit(BoundingBox.around(places), Math.min(CITY_MIN_ZOOM, otherwiseZoom), STREETS_ZOOM);
        }
    }

    /** The box last given to {@link #fit}, while no other view was set since. */
    public Optional<BoundingBox> getFramed() {
        return Optional.ofNullable(framed);
    }

    private void sendFit() {
        getElement()
                .callJsFunction(
                        "fitTo",
                        framed.minLongitude(),
                        framed.minLatitude(),
                        framed.maxLongitude(),
                        framed.maxLatitude(),
                        framedMaxZoom,
                        framedMinZoom);
    }

    // ---- markers ----

    /**
     * The browser loads the markers itself from this stateless GeoJSON URL (the viewport's {@code bbox} is appended
     * each time the view settles), instead of this component holding and sending them: a public page's visitors are
     * the many, and a marker list per session would cost hundreds of kilobytes each (#17). Call again with another
     * URL when the filters change. Features carry id, title, summary and lang; server-side clusters a count.
     */
    public void setMarkerSource(String geoJsonUrl, String kind) {
        markers.clear();
        markerSource = geoJsonUrl;
        markerSourceKind = kind;
        whenAttached("setMarkerSource", geoJsonUrl, kind);
    }

    /** The GeoJSON URL the browser loads the markers from, if it does. */
    public Optional<String> getMarkerSource() {
        return Optional.ofNullable(markerSource);
    }

    /** Replaces every marker. */
    public void setMarkers(Collection<MapMarker> newMarkers) {
        markerSource = null;
        markers.clear();
        newMarkers.forEach(m -> markers.put(m.id(), m));
        whenAttached("setMarkers", Json.markers(markers.values()));
    }

    /** Adds markers or replaces those with the same id; only these travel to the browser. */
    public void putMarkers(Collection<MapMarker> changed) {
        changed.forEach(m -> markers.put(m.id(), m));
        whenAttached("updateMarkers", Json.markers(changed), "[]");
    }

    public void putMarker(MapMarker marker) {
        putMarkers(List.of(marker));
    }

    public void removeMarkers(Collection<String> ids) {
        List<String> removed = new ArrayList<>();
        for (String id : ids) {
            if (markers.remove(id) != null) {
                removed.add(id);
            }
        }
        if (!removed.isEmpty()) {
            whenAttached("updateMarkers", "[]", Json.strings(removed));
        }
    }

    public Map<String, MapMarker> getMarkers() {
        return Collections.unmodifiableMap(markers);
    }

    // ---- routes ----

    /**
     * Replaces every route: lines through their stops in order, stops numbered. A map cannot be read by everyone:
     * show the same stops as text beside it ({@link RouteList}).
     */
    public void setRoutes(Collection<MapRoute> newRoutes) {
        routes.clear();
        routes.addAll(newRoutes);
        whenAttached("setRoutes", MapRoute.json(routes));
    }

    public List<MapRoute> getRoutes() {
        return Collections.unmodifiableList(routes);
    }

    public void setKindColour(String kind, String cssColour) {
        kindColours.put(kind, cssColour);
        whenAttached("setKindColour", kind, cssColour);
    }

    /** Clustering groups nearby markers with their count; set before the map is first shown. */
    public void setClustering(boolean clustering) {
        getElement().setProperty("clustering", clustering);
    }

    /** Lets people drag markers (a location picker), or makes the map ignore clicks (read-only). */
    public void setInteraction(boolean draggable, boolean readOnly) {
        this.draggable = draggable;
        this.readOnly = readOnly;
        whenAttached("setInteraction", draggable, readOnly);
    }

    /** What screen readers call the map, and what they announce about the markers in view. */
    public void setAccessibleTexts(String label, String noMarkers, String markerCountPattern) {
        getElement().setProperty("label", label);
        getElement().setAttribute("aria-label", label);
        getElement().setProperty("emptyLabel", noMarkers);
        getElement().setProperty("countLabel", markerCountPattern);
    }

    private void whenAttached(String function, Serializable... args) {
        if (isAttached()) {
            getElement().callJsFunction(function, args);
        }
    }

    // ---- heat layer ----

    /**
     * Shows a heat layer under the markers (they stay clickable) with a legend from cool ({@code less}) to hot
     * ({@code more}). A heat map cannot be read by everyone: say what it shows as text beside the map too.
     */
    public void setHeat(Collection<HeatPoint> points, String legendTitle, String less, String more) {
        heat.clear();
        heat.addAll(points);
        heatLegend = new String[] {legendTitle, less, more};
        whenAttached("setHeat", HeatPoint.json(heat), legendTitle, less, more);
    }

    /** Removes the heat layer and its legend. */
    public void clearHeat() {
        boolean shown = !heat.isEmpty() || !heatLegend[0].isEmpty();
        heat.clear();
        heatLegend = new String[] {"", "", ""};
        if (shown) {
            whenAttached("setHeat", "[]", "", "", "");
        }
    }

    public List<HeatPoint> getHeat() {
        return Collections.unmodifiableList(heat);
    }

    // ---- events ----

    public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
        return addListener(MarkerClickEvent.class, listener);
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    public Registration addViewportChangeListener(ComponentEventListener<ViewportChangeEvent> listener) {
        return addListener(ViewportChangeEvent.class, listener);
    }

    public Registration addMarkerDragListener(ComponentEventListener<MarkerDragEvent> listener) {
        return addListener(MarkerDragEvent.class, listener);
    }

    static double wrap(double lon) {
        double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
        return wrapped == -180 && lon > 0 ? 180 : wrapped;
    }

    static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }
}
