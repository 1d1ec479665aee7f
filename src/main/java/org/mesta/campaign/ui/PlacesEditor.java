package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.mesta.campaign.CampaignDraft.Place;
import org.mesta.map.GeoPoint;
import org.mesta.map.LocationPicker;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;

/**
 * The places where a campaign acts: a list of named places, each optionally pinned on the map. One map picker
 * serves for adding them one by one (a map per place would be heavy on a phone).
 */
class PlacesEditor extends Div {

    final Div list = new Div();
    final TextField name = new TextField();
    final LocationPicker location;
    final Button add = new Button();
    private final Div form;
    private final List<Place> places = new ArrayList<>();
    private boolean editable = true;

    PlacesEditor(PlaceService placeSearch, MapSettings map, GeoPoint centre, double zoom) {
        Span label = new Span(getTranslation("campaign.field.places"));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        list.getElement().setAttribute("role", "list");
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        name.setLabel(getTranslation("campaign.field.place"));
        name.setMaxLength(300);
        name.setWidthFull();
        location = new LocationPicker(getTranslation("campaign.field.location"), placeSearch, map);
        location.setBias(centre, zoom);
        location.setWidthFull();
        add.setText(getTranslation("campaign.place.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addPlace());
        form = new Div(name, location, add);
        add(new Div(label), list, form);
        show();
    }

    void addPlace() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("campaign.error.place-name"));
            name.setInvalid(true);
            return;
        }
        places.add(new Place(name.getValue().strip(), location.getValue()));
        name.clear();
        name.setInvalid(false);
        location.clear();
        show();
    }

    void setValue(List<Place> value) {
        places.clear();
        places.addAll(value);
        name.clear();
        location.clear();
        show();
    }

    /** The places listed, plus the one being typed if it was not added yet (so it is not lost on saving). */
    List<Place> getValue() {
        List<Place> all = new ArrayList<>(places);
        if (!name.getValue().isBlank()) {
            all.add(new Place(name.getValue().strip(), location.getValue()));
        }
        return all;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        form.setVisible(editable);
        show();
    }

    private void show() {
        list.removeAll();
        for (Place p : places) {
            Span text = new Span(p.location() == null ? p.name() : getTranslation("campaign.place.on-map", p.name()));
            HorizontalLayout row = new HorizontalLayout(text);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.getElement().setAttribute("role", "listitem");
            if (editable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    places.remove(p);
                    show();
                });
                remove.setAriaLabel(getTranslation("campaign.place.remove", p.name()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                row.add(remove);
            }
            list.add(row);
        }
        if (places.isEmpty()) {
            Span none = new Span(getTranslation("campaign.place.none"));
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
    }
}
