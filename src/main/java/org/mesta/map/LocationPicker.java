package org.mesta.map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.stream.Stream;

/**
 * A form field for a place on the map: click the map or drag the marker, type coordinates, or search a
 * place by name. Works with Binder like any field (required, invalid, read-only).
 */
public class LocationPicker extends CustomField<GeoPoint> {

    static final String MARKER = "picked";
    static final double PLACE_ZOOM = 13;

    final MestaMap map;
    final ComboBox<Place> search = new ComboBox<>();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    private GeoPoint bias;

    public LocationPicker(String label, PlaceService places, MapSettings settings) {
        setLabel(label);
        map = new MestaMap(settings);
        map.setClustering(false);
        map.setInteraction(true, false);
        map.setAccessibleTexts(
                getTranslation("map.picker.label", label),
                getTranslation("map.picker.empty"),
                getTranslation("map.picker.marker"));
        map.setHeight("20rem");
        map.setWidthFull();
        map.addMapClickListener(e -> pick(e.getPosition()));
        map.addMarkerDragListener(e -> pick(e.getPosition()));

        search.setPlaceholder(getTranslation("map.search.placeholder"));
        search.setAriaLabel(getTranslation("map.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setItemLabelGenerator(Place::label);
        // One page of the best matches: nobody scrolls past twenty places of the same name.
        search.setItems(query -> query.getOffset() > 0
                ? Stream.empty()
                : places.search(query.getFilter().orElse(""), bias, Math.min(query.getLimit(), 20)).stream());
        search.setWidthFull();
        if (settings.geocoderUrl().isEmpty()) {
            search.setHelperText(getTranslation("map.search.attribution"));
        }
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                map.setView(e.getValue().position(), PLACE_ZOOM);
                pick(e.getValue().position());
            }
        });

        latitude.setLabel(getTranslation("map.latitude"));
        latitude.setMin(-90);
        latitude.setMax(90);
        latitude.setStep(0.00001);
        longitude.setLabel(getTranslation("map.longitude"));
        longitude.setMin(-180);
        longitude.setMax(180);
        longitude.setStep(0.00001);
        latitude.addValueChangeListener(e -> typed(e.isFromClient()));
        longitude.addValueChangeListener(e -> typed(e.isFromClient()));

        HorizontalLayout coordinates = new HorizontalLayout(latitude, longitude);
        coordinates.setWidthFull();
        coordinates.setFlexGrow(1, latitude, longitude);
        Div box = new Div(search, map, coordinates);
        box.addClassName("mesta-location-picker");
        box.setWidthFull();
        coordinates.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(box);
    }

    /** Where place search looks first and where the map opens without a value, e.g. the city centre. */
    public void setBias(GeoPoint centre, double zoom) {
        this.bias = centre;
        if (getValue() == null) {
            map.setView(centre, zoom);
        }
    }

    private void pick(GeoPoint point) {
        if (isReadOnly()) {
            return;
        }
        showPoint(point);
        updateValue();
    }

    private void typed(boolean fromClient) {
        if (fromClient) {
            GeoPoint point = generateModelValue();
            if (point != null) {
                map.putMarker(marker(point));
                map.setCentre(point);
            }
            updateValue();
        }
    }

    @Override
    protected GeoPoint generateModelValue() {
        Double lat = latitude.getValue(), lon = longitude.getValue();
        return GeoPoint.valid(lat, lon) ? new GeoPoint(lat, lon) : null;
    }

    @Override
    protected void setPresentationValue(GeoPoint point) {
        if (point == null) {
            latitude.clear();
            longitude.clear();
            map.setMarkers(List.of());
        } else {
            showPoint(point);
            map.setCentre(point);
        }
    }

    private void showPoint(GeoPoint point) {
        latitude.setValue(round(point.latitude()));
        longitude.setValue(round(point.longitude()));
        map.putMarker(marker(point));
    }

    private MapMarker marker(GeoPoint point) {
        return new MapMarker(MARKER, point, getLabel(), "selected");
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    /** The place search box, for views and tests that drive it. */
    public ComboBox<Place> search() {
        return search;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        map.setInteraction(!readOnly, readOnly);
        latitude.setReadOnly(readOnly);
        longitude.setReadOnly(readOnly);
        search.setVisible(!readOnly);
    }
}
