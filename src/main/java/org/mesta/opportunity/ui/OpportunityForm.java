package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mesta.base.Problem;
import org.mesta.base.ui.LocalDates;
import org.mesta.city.City;
import org.mesta.map.GeoPoint;
import org.mesta.map.LocationPicker;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.Format;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityRules;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.Theme;

/**
 * The wizard's fields, step by step, and their conversion to and from an {@link OpportunityDraft}. Every
 * change a person makes is reported through onChange (the wizard saves it); problems are shown by field name.
 */
class OpportunityForm {

    static final List<String> DELIVERY_LANGUAGES =
            List.of("sl", "en", "de", "it", "hr", "sr", "mk", "lt", "fr", "es", "sw");

    private final City city;
    private final PlaceService places;
    private final MapSettings mapSettings;
    private final Runnable onChange;
    private final Component host;
    private final Map<String, HasValueAndElement<?, ?>> fieldsByName = new HashMap<>();
    private boolean filling;

    private final LanguageTexts texts;
    final Map<String, TextField> titles;
    final Map<String, TextField> summaries;
    final Map<String, TextArea> descriptions;
    final Select<OpportunityType> type = register("type", new Select<>());
    final CheckboxGroup<Theme> themes = register("themes", new CheckboxGroup<>());
    final Checkbox ongoing = register("ongoing", new Checkbox());
    final DateTimePicker startsAt = register("startsAt", LocalDates.localize(new DateTimePicker()));
    final DateTimePicker endsAt = register("endsAt", LocalDates.localize(new DateTimePicker()));
    private final SessionRows sessionRows;
    /** Meetings after the first: start and end pickers per row. */
    final List<DateTimePicker[]> sessions;

    final Button addSession;
    final RadioButtonGroup<Format> format = register("format", new RadioButtonGroup<>());
    LocationPicker location;
    final TextField venue = register("venue", new TextField());
    final TextField address = register("address", new TextField());
    final TextField onlineUrl = register("onlineUrl", new TextField());
    final IntegerField ageMin = register("ageMin", new IntegerField());
    final IntegerField ageMax = register("ageMax", new IntegerField());
    final IntegerField capacity = register("capacity", new IntegerField());
    final Checkbox free = register("free", new Checkbox());
    final TextField price = register("price", new TextField());
    final CheckboxGroup<String> languages = register("languages", new CheckboxGroup<>());
    final CheckboxGroup<AccessFeature> access = register("access", new CheckboxGroup<>());
    final TextArea accessibilityNotes = register("accessibilityNotes", new TextArea());
    final TextField joinUrl = register("joinUrl", new TextField());
    final TextField joinEmail = register("joinEmail", new TextField());
    final TextField joinPhone = register("joinPhone", new TextField());
    final Checkbox joinInMesta = register("joinInMesta", new Checkbox());
    final Checkbox awardOnCheckIn = register("awardOnCheckIn", new Checkbox());

    OpportunityForm(Component host, City city, PlaceService places, MapSettings mapSettings, Runnable onChange) {
        this.host = host;
        this.city = city;
        this.places = places;
        this.mapSettings = mapSettings;
        this.onChange = onChange;
        this.texts = new LanguageTexts(this, city);
        this.titles = texts.titles;
        this.summaries = texts.summaries;
        this.descriptions = texts.descriptions;
        this.sessionRows = new SessionRows(this);
        this.sessions = sessionRows.rows;
        this.addSession = sessionRows.add;
    }

    String getTranslation(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    Locale getLocale() {
        var ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    Component basics() {
        FormLayout form = new FormLayout();
        texts.addTo(form);
        type.setLabel(getTranslation("opportunity.field.type"));
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        themes.setLabel(getTranslation("opportunity.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        form.add(type, themes);
        form.setColspan(themes, 2);
        return form;
    }

    Component when() {
        ongoing.setLabel(getTranslation("opportunity.field.ongoing"));
        startsAt.setLabel(getTranslation("opportunity.field.starts"));
        endsAt.setLabel(getTranslation("opportunity.field.ends"));
        startsAt.setLocale(getLocale());
        endsAt.setLocale(getLocale());
        Paragraph zone = new Paragraph(getTranslation("opportunity.field.time-zone", city.getTimeZone()));
        zone.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        FormLayout form = new FormLayout(ongoing, startsAt, endsAt, sessionRows.lines, addSession, zone);
        form.setColspan(ongoing, 2);
        form.setColspan(sessionRows.lines, 2);
        form.setColspan(addSession, 2);
        form.setColspan(zone, 2);
        return form;
    }

    Component where() {
        format.setLabel(getTranslation("opportunity.field.format"));
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        location = new LocationPicker(getTranslation("opportunity.field.location"), places, mapSettings);
        location.setBias(new GeoPoint(city.getLatitude(), city.getLongitude()), city.getZoom());
        location.setWidthFull();
        location.setRequiredIndicatorVisible(true);
        register("location", location);
        venue.setLabel(getTranslation("opportunity.field.venue"));
        address.setLabel(getTranslation("opportunity.field.address"));
        onlineUrl.setLabel(getTranslation("opportunity.field.online-url"));
        onlineUrl.setPlaceholder("https://");
        venue.setMaxLength(OpportunityRules.MAX_VENUE);
        address.setMaxLength(OpportunityRules.MAX_ADDRESS);
        onlineUrl.setMaxLength(OpportunityRules.MAX_URL);
        format.addValueChangeListener(e -> showFormatFields());
        FormLayout form = new FormLayout(format, location, venue, address, onlineUrl);
        form.setColspan(format, 2);
        form.setColspan(location, 2);
        form.setColspan(onlineUrl, 2);
        return form;
    }

    Component who() {
        return WhoStep.layout(this);
    }

    /** Every field saves the draft when it changes (text fields after a short pause in typing). */
    <F extends HasValueAndElement<?, ?>> F register(String name, F field) {
        fieldsByName.put(name, field);
        if (field instanceof TextFieldBase<?, ?> text) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(700);
        }
        field.addValueChangeListener(e -> {
            if (!filling && (e.isFromClient() || field instanceof LocationPicker)) {
                onChange.run();
            }
        });
        return field;
    }

    void forget(String name) {
        fieldsByName.remove(name);
    }

    /** Runs a change made by the program (filling in a draft), which is no change to save. */
    void whileFilling(Runnable fill) {
        boolean wasFilling = filling;
        filling = true;
        fill.run();
        filling = wasFilling;
    }

    void changed() {
        onChange.run();
    }

    OpportunityDraft draft() {
        return new OpportunityDraft(
                texts.value(),
                type.getValue(),
                Set.copyOf(themes.getValue()),
                format.getValue(),
                startsAt.getValue(),
                endsAt.getValue(),
                ongoing.getValue(),
                location.getValue(),
                venue.getValue(),
                address.getValue(),
                onlineUrl.getValue(),
                ageMin.getValue(),
                ageMax.getValue(),
                capacity.getValue(),
                free.getValue(),
                price.getValue(),
                new LinkedHashSet<>(languages.getValue()),
                Set.copyOf(access.getValue()),
                accessibilityNotes.getValue(),
                joinUrl.getValue(),
                joinEmail.getValue(),
                joinPhone.getValue(),
                sessionRows.value(),
                joinInMesta.getValue(),
                awardOnCheckIn.getValue());
    }

    void fill(OpportunityDraft d) {
        filling = true;
        texts.setValue(d);
        type.setValue(d.type());
        themes.setValue(d.themes());
        ongoing.setValue(d.ongoing());
        startsAt.setValue(d.startsAt());
        endsAt.setValue(d.endsAt());
        sessionRows.setValue(d.sessions());
        format.setValue(d.format() == null ? Format.IN_PERSON : d.format());
        location.setValue(d.location());
        venue.setValue(nullToEmpty(d.venue()));
        address.setValue(nullToEmpty(d.address()));
        onlineUrl.setValue(nullToEmpty(d.onlineUrl()));
        ageMin.setValue(d.ageMin());
        ageMax.setValue(d.ageMax());
        capacity.setValue(d.capacity());
        free.setValue(d.free());
        price.setValue(nullToEmpty(d.price()));
        price.setVisible(!d.free());
        languages.setValue(d.languages());
        access.setValue(d.access());
        accessibilityNotes.setValue(nullToEmpty(d.accessibilityNotes()));
        joinUrl.setValue(nullToEmpty(d.joinUrl()));
        joinEmail.setValue(nullToEmpty(d.joinEmail()));
        joinPhone.setValue(nullToEmpty(d.joinPhone()));
        joinInMesta.setValue(d.joinInMesta());
        awardOnCheckIn.setValue(d.awardOnCheckIn());
        showFormatFields();
        filling = false;
    }

    private void showFormatFields() {
        Format f = format.getValue() == null ? Format.IN_PERSON : format.getValue();
        location.setVisible(f.hasPlace());
        venue.setVisible(f.hasPlace());
        address.setVisible(f.hasPlace());
        onlineUrl.setVisible(f.hasLink());
    }

    /** Marks this step's problems next to their fields; true when there are none. */
    boolean showProblems(int forStep) {
        fieldsByName.values().forEach(f -> setInvalid(f, null));
        var problems = OpportunityRules.check(draft(), forStep, city.getDefaultLanguage());
        for (Problem p : problems) {
            setInvalid(fieldsByName.get(p.field()), getTranslation(p.key(), p.params()));
        }
        return problems.isEmpty();
    }

    private static void setInvalid(HasValueAndElement<?, ?> field, String message) {
        if (field instanceof HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(message != null);
        }
    }

    void setReadOnly(boolean readOnly) {
        fieldsByName.values().forEach(f -> f.setReadOnly(readOnly));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
