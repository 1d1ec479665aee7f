package org.mesta.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mesta.map.BoundingBox;
import org.mesta.map.GeoPoint;
import org.mesta.map.LocationPicker;
import org.mesta.map.MapMarker;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.map.PlaceService;

/**
 * The map component's features in one page, for developers and for the browser tests (dev/map, only
 * outside production): clustered markers by the thousand, events, the list alternative, the location picker.
 * {@code ?markers=N} opens it with N markers.
 */
@AnonymousAllowed
public class MapDemoView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Centres the generated markers gather around: a few Cities of Learning. */
    private static final GeoPoint[] CENTRES = {
        new GeoPoint(46.0569, 14.5058),
        new GeoPoint(54.6872, 25.2797),
        new GeoPoint(44.8125, 20.4612),
        new GeoPoint(-1.2921, 36.8219),
        new GeoPoint(10.6549, -61.5019)
    };

    private static final String[] KINDS = {"opportunity", "event", "campaign"};

    final MestaMap map;
    final Span viewportInfo = new Span();
    final Span clicked = new Span();
    final Grid<MapMarker> visible = new Grid<>();
    final LocationPicker picker;
    final Button check = new Button();
    final Paragraph picked = new Paragraph();

    /** Form state for the picker demo. */
    static final class Holder {
        GeoPoint place;
    }

    MapDemoView(PlaceService places, MapSettings settings) {
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        map = new MestaMap(settings);
        map.setId("demo-map");
        map.setWidthFull();
        map.setHeight("28rem");
        map.setAccessibleTexts(
                getTranslation("map.demo.map-label"),
                getTranslation("map.none-in-view"),
                getTranslation("map.count-in-view"));
        viewportInfo.setId("viewport-info");
        clicked.setId("clicked-marker");
        map.addViewportChangeListener(e -> showViewport(e.getBounds(), e.getZoom()));
        map.addMarkerClickListener(e -> clicked.setText(getTranslation(
                "map.demo.clicked", e.getMarker().map(MapMarker::title).orElse(e.getMarkerId()))));
        map.addMapClickListener(e -> clicked.setText(getTranslation("map.demo.clicked-map", e.getPosition())));

        HorizontalLayout buttons = new HorizontalLayout();
        for (int count : new int[] {100, 1_000, 10_000}) {
            Button load = new Button(getTranslation("map.demo.load", count), e -> load(count));
            load.setId("load-" + count);
            buttons.add(load);
        }
        Button zoomIn = new Button(
                getTranslation("map.demo.zoom-ljubljana"), e -> map.setView(new GeoPoint(46.0569, 14.5058), 14));
        zoomIn.setId("zoom-ljubljana");
        buttons.add(zoomIn);
        buttons.setWrap(true);

        visible.addColumn(MapMarker::title).setHeader(getTranslation("map.demo.title"));
        visible.addColumn(m -> getTranslation("map.kind." + m.kind())).setHeader(getTranslation("map.demo.kind"));
        visible.addColumn(m -> m.position().toString()).setHeader(getTranslation("map.demo.position"));
        visible.setHeight("16rem");
        visible.setAriaLabel(getTranslation("map.demo.list"));

        picker = new LocationPicker(getTranslation("map.demo.picker"), places, settings);
        picker.setId("demo-picker");
        picker.setBias(new GeoPoint(46.0569, 14.5058), 11);
        picker.setWidthFull();
        Binder<Holder> binder = new Binder<>();
        binder.forField(picker)
                .asRequired(getTranslation("map.demo.picker-required"))
                .bind(h -> h.place, (h, v) -> h.place = v);
        Holder holder = new Holder();
        binder.setBean(holder);
        picked.setId("picked-value");
        check.setText(getTranslation("map.demo.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> picked.setText(
                binder.validate().isOk()
                        ? getTranslation("map.demo.picked", holder.place)
                        : getTranslation("map.demo.picker-required")));

        add(
                new H2(getTranslation("map.demo.title-page")),
                new Paragraph(getTranslation("map.demo.intro")),
                buttons,
                map,
                new Paragraph(viewportInfo),
                new Paragraph(clicked),
                new H3(getTranslation("map.demo.list")),
                visible,
                new H3(getTranslation("map.demo.picker")),
                picker,
                check,
                picked);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("markers")
                .map(Integer::parseInt)
                .ifPresent(n -> load(Math.min(n, 100_000)));
    }

    void load(int count) {
        map.setMarkers(generate(count));
        map.setView(new GeoPoint(30, 10), 2);
        showViewport(map.getViewport().orElse(new BoundingBox(-90, -180, 90, 180)), map.getZoom());
    }

    /** Deterministic markers spread around a few cities, so runs compare. */
    static List<MapMarker> generate(int count) {
        Random random = new Random(42);
        List<MapMarker> markers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GeoPoint c = CENTRES[i % CENTRES.length];
            double lat = c.latitude() + random.nextGaussian() * 0.4;
            double lon = c.longitude() + random.nextGaussian() * 0.6;
            markers.add(new MapMarker(
                    "m" + i,
                    new GeoPoint(Math.max(-85, Math.min(85, lat)), lon),
                    "Place " + (i + 1),
                    KINDS[i % KINDS.length],
                    "Demo marker " + (i + 1)));
        }
        return markers;
    }

    private void showViewport(BoundingBox bounds, double zoom) {
        List<MapMarker> inView = map.getMarkers().values().stream()
                .filter(m -> bounds.contains(m.position()))
                .toList();
        viewportInfo.setText(getTranslation(
                "map.demo.viewport", inView.size(), map.getMarkers().size(), String.format(getLocale(), "%.1f", zoom)));
        visible.setItems(inView.stream().limit(500).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.demo.title-page");
    }
}
