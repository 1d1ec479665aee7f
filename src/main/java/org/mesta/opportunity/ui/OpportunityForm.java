package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Problem;
import org.mesta.base.ui.LeanCheckbox;
import org.mesta.base.ui.LeanCheckboxGroup;
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

    /** The steps that have fields, in the wizard's order (the others show sections of their own). */
    static final int BASICS = 0;

    static final int WHEN = 1;
    static final int WHERE = 2;
    static final int WHO = 3;

    private final City city;
    private final PlaceService places;
    private final MapSettings mapSettings;
    private final Runnable onChange;
    private final Component host;
    private final Map<String, HasValueAndElement<?, ?>> fieldsByName = new HashMap<>();
    private boolean filling;
    private boolean readOnly;

    /**
     * What the provider entered, as the draft the wizard opened with and the steps left since: only the step shown
     * has fields (#17), so a session holds one step's components, not all of them at once.
     */
    private @Nullable OpportunityDraft held;

    /** The step whose fields exist now (-1: none); each step's fields are null while another step is shown. */
    private int built = -1;

    private LanguageTexts texts;
    Map<String, TextField> titles;
    Map<String, TextField> summaries;
    Map<String, TextArea> descriptions;
    Select<OpportunityType> type;
    LeanCheckboxGroup<Theme> themes;

    LeanCheckbox ongoing;
    DateTimePicker startsAt;
    DateTimePicker endsAt;
    private SessionRows sessionRows;
    /** Meetings after the first: start and end pickers per row. */
    List<DateTimePicker[]> sessions;

    Button addSession;

    RadioButtonGroup<Format> format;
    LocationPicker location;
    TextField venue;
    TextField address;
    TextField onlineUrl;

    IntegerField ageMin;
    IntegerField ageMax;
    IntegerField capacity;
    LeanCheckbox free;
    TextField price;
    LeanCheckboxGroup<String> languages;
    LeanCheckboxGroup<AccessFeature> access;
    TextArea accessibilityNotes;
    TextField joinUrl;
    TextField joinEmail;
    TextField joinPhone;
    LeanCheckbox joinInMesta;
    LeanCheckbox awardOnCheckIn;

    OpportunityForm(Component host, City city, PlaceService places, MapSettings mapSettings, Runnable onChange) {
        this.host = host;
        this.city = city;
        this.places = places;
        this.mapSettings = mapSettings;
        this.onChange = onChange;
    }

    String getTranslation(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    Locale getLocale() {
        var ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    /**
     * Shows a step: the fields of the step shown before keep only their values (in the draft), and this step's
     * fields are built and filled; null for the steps without fields (recognition, review).
     */
    @Nullable Component step(int step) {
        held = draft();
        forgetFields();
        built = step;
        Component layout = switch (step) {
            case BASICS -> basics();
            case WHEN -> when();
            case WHERE -> where();
            case WHO -> who();
            default -> null;
        };
        whileFilling(this::fillBuilt);
        fieldsByName.values().forEach(f -> f.setReadOnly(readOnly));
        return layout;
    }

    private void forgetFields() {
        fieldsByName.clear();
        texts = null;
        titles = null;
        summaries = null;
        descriptions = null;
        type = null;
        themes = null;
        ongoing = null;
        startsAt = null;
        endsAt = null;
        sessionRows = null;
        sessions = null;
        addSession = null;
        format = null;
        location = null;
        venue = null;
        address = null;
        onlineUrl = null;
        ageMin = null;
        ageMax = null;
        capacity = null;
        free = null;
        price = null;
        languages = null;
        access = null;
        accessibilityNotes = null;
        joinUrl = null;
        joinEmail = null;
        joinPhone = null;
        joinInMesta = null;
        awardOnCheckIn = null;
        built = -1;
    }

    private Component basics() {
        texts = new LanguageTexts(this, city);
        titles = texts.titles;
        summaries = texts.summaries;
        descriptions = texts.descriptions;
        type = register("type", new Select<>());
        themes = register("themes", new LeanCheckboxGroup<>());
        FormLayout form = new FormLayout();
        texts.addTo(form);
        type.setLabel(getTranslation("opportunity.field.type"));
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        themes.setLabel(getTranslation("opportunity.field.themes"));
        themes.setItems(List.of(Theme.values()), Theme::name, t -> getTranslation(t.translationKey()));
        form.add(type, themes);
        form.setColspan(themes, 2);
        return form;
    }

    private Component when() {
        ongoing = register("ongoing", new LeanCheckbox());
        startsAt = register("startsAt", LocalDates.localize(new DateTimePicker()));
        endsAt = register("endsAt", LocalDates.localize(new DateTimePicker()));
        sessionRows = new SessionRows(this);
        sessions = sessionRows.rows;
        addSession = sessionRows.add;
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

    private Component where() {
        format = register("format", new RadioButtonGroup<>());
        venue = register("venue", new TextField());
        address = register("address", new TextField());
        onlineUrl = register("onlineUrl", new TextField());
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

    private Component who() {
        ageMin = register("ageMin", new IntegerField());
        ageMax = register("ageMax", new IntegerField());
        capacity = register("capacity", new IntegerField());
        free = register("free", new LeanCheckbox());
        price = register("price", new TextField());
        languages = register("languages", new LeanCheckboxGroup<>());
        access = register("access", new LeanCheckboxGroup<>());
        accessibilityNotes = register("accessibilityNotes", new TextArea());
        joinUrl = register("joinUrl", new TextField());
        joinEmail = register("joinEmail", new TextField());
        joinPhone = register("joinPhone", new TextField());
        joinInMesta = register("joinInMesta", new LeanCheckbox());
        awardOnCheckIn = register("awardOnCheckIn", new LeanCheckbox());
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

    /** What the provider entered: the shown step's fields, and the draft for the other steps. */
    OpportunityDraft draft() {
        OpportunityDraft d = Objects.requireNonNull(held, "fill the form before reading it");
        boolean basics = built == BASICS;
        boolean when = built == WHEN;
        boolean where = built == WHERE;
        boolean who = built == WHO;
        return new OpportunityDraft(
                basics ? texts.value() : d.texts(),
                basics ? type.getValue() : d.type(),
                basics ? Set.copyOf(themes.getValue()) : d.themes(),
                where ? format.getValue() : formatOf(d),
                when ? startsAt.getValue() : d.startsAt(),
                when ? endsAt.getValue() : d.endsAt(),
                when ? ongoing.getValue() : d.ongoing(),
                where ? location.getValue() : d.location(),
                where ? venue.getValue() : nullToEmpty(d.venue()),
                where ? address.getValue() : nullToEmpty(d.address()),
                where ? onlineUrl.getValue() : nullToEmpty(d.onlineUrl()),
                who ? ageMin.getValue() : d.ageMin(),
                who ? ageMax.getValue() : d.ageMax(),
                who ? capacity.getValue() : d.capacity(),
                who ? free.getValue() : d.free(),
                who ? price.getValue() : nullToEmpty(d.price()),
                who ? new LinkedHashSet<>(languages.getValue()) : d.languages(),
                who ? Set.copyOf(access.getValue()) : d.access(),
                who ? accessibilityNotes.getValue() : nullToEmpty(d.accessibilityNotes()),
                who ? joinUrl.getValue() : nullToEmpty(d.joinUrl()),
                who ? joinEmail.getValue() : nullToEmpty(d.joinEmail()),
                who ? joinPhone.getValue() : nullToEmpty(d.joinPhone()),
                when ? sessionRows.value() : d.sessions(),
                who ? joinInMesta.getValue() : d.joinInMesta(),
                who ? awardOnCheckIn.getValue() : d.awardOnCheckIn());
    }

    /** Takes this draft as what the provider entered (the shown step's fields show it too). */
    void fill(OpportunityDraft d) {
        held = d;
        whileFilling(this::fillBuilt);
    }

    private void fillBuilt() {
        OpportunityDraft d = Objects.requireNonNull(held);
        switch (built) {
            case BASICS -> {
                texts.setValue(d);
                type.setValue(d.type());
                themes.setValue(d.themes());
            }
            case WHEN -> {
                ongoing.setValue(d.ongoing());
                startsAt.setValue(d.startsAt());
                endsAt.setValue(d.endsAt());
                sessionRows.setValue(d.sessions());
            }
            case WHERE -> {
                format.setValue(formatOf(d));
                location.setValue(d.location());
                venue.setValue(nullToEmpty(d.venue()));
                address.setValue(nullToEmpty(d.address()));
                onlineUrl.setValue(nullToEmpty(d.onlineUrl()));
                showFormatFields();
            }
            case WHO -> {
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
            }
            default -> {
                // no fields on this step
            }
        }
    }

    /** A new opportunity takes place somewhere until the provider says otherwise. */
    private static Format formatOf(OpportunityDraft d) {
        return d.format() == null ? Format.IN_PERSON : d.format();
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
        this.readOnly = readOnly;
        fieldsByName.values().forEach(f -> f.setReadOnly(readOnly));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
