package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValueAndElement;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
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
import org.mesta.opportunity.Texts;
import org.mesta.opportunity.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The wizard's fields, step by step, and their conversion to and from an {@link OpportunityDraft}. Every
 * change a person makes is reported through onChange (the wizard saves it); problems are shown by field name.
 */
class OpportunityForm {

    static final List<String> DELIVERY_LANGUAGES = List.of("sl", "en", "de", "it", "hr", "sr", "lt", "fr", "es", "sw");

    private final City city;
    private final PlaceService places;
    private final MapSettings mapSettings;
    private final Runnable onChange;
    private final Component host;
    private final Map<String, HasValueAndElement<?, ?>> fieldsByName = new HashMap<>();
    private boolean filling;

    final Map<String, TextField> titles = new LinkedHashMap<>();
    final Map<String, TextField> summaries = new LinkedHashMap<>();
    final Map<String, TextArea> descriptions = new LinkedHashMap<>();
    final Select<OpportunityType> type = new Select<>();
    final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    final Checkbox ongoing = new Checkbox();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    /** Meetings after the first: start and end pickers per row. */
    final List<DateTimePicker[]> sessions = new ArrayList<>();
    private final com.vaadin.flow.component.html.Div sessionRows = new com.vaadin.flow.component.html.Div();
    final com.vaadin.flow.component.button.Button addSession = new com.vaadin.flow.component.button.Button();
    final RadioButtonGroup<Format> format = new RadioButtonGroup<>();
    LocationPicker location;
    final TextField venue = new TextField();
    final TextField address = new TextField();
    final TextField onlineUrl = new TextField();
    final IntegerField ageMin = new IntegerField();
    final IntegerField ageMax = new IntegerField();
    final IntegerField capacity = new IntegerField();
    final Checkbox free = new Checkbox();
    final TextField price = new TextField();
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final CheckboxGroup<AccessFeature> access = new CheckboxGroup<>();
    final TextArea accessibilityNotes = new TextArea();
    final TextField joinUrl = new TextField();
    final TextField joinEmail = new TextField();
    final TextField joinPhone = new TextField();

    OpportunityForm(Component host, City city, PlaceService places, MapSettings mapSettings, Runnable onChange) {
        this.host = host;
        this.city = city;
        this.places = places;
        this.mapSettings = mapSettings;
        this.onChange = onChange;
    }

    private String getTranslation(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    private Locale getLocale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    Component basics() {
        FormLayout form = new FormLayout();
        List<String> langs = new ArrayList<>(List.of(city.getDefaultLanguage()));
        city.getOfferedLanguages().stream().sorted().filter(l -> !langs.contains(l)).forEach(langs::add);
        for (String lang : langs) {
            String language = Locale.forLanguageTag(lang).getDisplayLanguage(getLocale());
            boolean required = lang.equals(city.getDefaultLanguage());
            TextField title = register("title." + lang, new TextField(getTranslation("opportunity.field.title", language)));
            title.setMaxLength(200);
            title.setRequiredIndicatorVisible(required);
            TextField summary = register("summary." + lang, new TextField(getTranslation("opportunity.field.summary", language)));
            summary.setMaxLength(500);
            summary.setRequiredIndicatorVisible(required);
            TextArea description = register("description." + lang, new TextArea(getTranslation("opportunity.field.description", language)));
            description.setMaxLength(6000);
            description.setHelperText(getTranslation("opportunity.field.description.helper"));
            titles.put(lang, title);
            summaries.put(lang, summary);
            descriptions.put(lang, description);
            form.add(title, summary, description);
            form.setColspan(description, 2);
        }
        type.setLabel(getTranslation("opportunity.field.type"));
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        register("type", type);
        themes.setLabel(getTranslation("opportunity.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        register("themes", themes);
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
        register("ongoing", ongoing);
        register("startsAt", startsAt);
        register("endsAt", endsAt);
        Paragraph zone = new Paragraph(getTranslation("opportunity.field.time-zone", city.getTimeZone()));
        zone.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        addSession.setText(getTranslation("opportunity.session.add"));
        addSession.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        addSession.addClickListener(e -> {
            addSessionRow(null);
            onChange.run();
        });
        FormLayout form = new FormLayout(ongoing, startsAt, endsAt, sessionRows, addSession, zone);
        form.setColspan(ongoing, 2);
        form.setColspan(sessionRows, 2);
        form.setColspan(addSession, 2);
        form.setColspan(zone, 2);
        return form;
    }

    private void addSessionRow(org.mesta.opportunity.Session session) {
        int index = sessions.size();
        DateTimePicker start = new DateTimePicker(getTranslation("opportunity.session.starts", index + 2));
        DateTimePicker end = new DateTimePicker(getTranslation("opportunity.session.ends", index + 2));
        start.setLocale(getLocale());
        end.setLocale(getLocale());
        if (session != null) {
            start.setValue(session.startsAt());
            end.setValue(session.endsAt());
        }
        register("session." + index, start);
        register("sessionEnd." + index, end);
        DateTimePicker[] row = {start, end};
        sessions.add(row);
        com.vaadin.flow.component.button.Button remove = new com.vaadin.flow.component.button.Button(
                getTranslation("opportunity.session.remove"));
        remove.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("opportunity.session.remove-named", index + 2));
        com.vaadin.flow.component.orderedlayout.HorizontalLayout line =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(start, end, remove);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        remove.addClickListener(e -> {
            // Keep later rows' values, rebuild the list without this one.
            List<org.mesta.opportunity.Session> kept = new ArrayList<>(currentSessions());
            kept.remove(sessions.indexOf(row));
            showSessions(kept);
            onChange.run();
        });
        sessionRows.add(line);
    }

    private List<org.mesta.opportunity.Session> currentSessions() {
        return sessions.stream().map(r -> new org.mesta.opportunity.Session(r[0].getValue(), r[1].getValue())).toList();
    }

    private void showSessions(List<org.mesta.opportunity.Session> list) {
        for (int i = 0; i < sessions.size(); i++) {
            fieldsByName.remove("session." + i);
            fieldsByName.remove("sessionEnd." + i);
        }
        sessions.clear();
        sessionRows.removeAll();
        boolean wasFilling = filling;
        filling = true;
        list.forEach(this::addSessionRow);
        filling = wasFilling;
    }

    Component where() {
        format.setLabel(getTranslation("opportunity.field.format"));
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        register("format", format);
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
        register("venue", venue);
        register("address", address);
        register("onlineUrl", onlineUrl);
        format.addValueChangeListener(e -> showFormatFields());
        FormLayout form = new FormLayout(format, location, venue, address, onlineUrl);
        form.setColspan(format, 2);
        form.setColspan(location, 2);
        form.setColspan(onlineUrl, 2);
        return form;
    }

    Component who() {
        ageMin.setLabel(getTranslation("opportunity.field.age-min"));
        ageMax.setLabel(getTranslation("opportunity.field.age-max"));
        capacity.setLabel(getTranslation("opportunity.field.capacity"));
        free.setLabel(getTranslation("opportunity.field.free"));
        price.setLabel(getTranslation("opportunity.field.price"));
        languages.setLabel(getTranslation("opportunity.field.languages"));
        languages.setItems(DELIVERY_LANGUAGES);
        languages.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(getLocale()));
        access.setLabel(getTranslation("opportunity.field.access"));
        access.setItems(AccessFeature.values());
        access.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        accessibilityNotes.setLabel(getTranslation("opportunity.field.access-notes"));
        accessibilityNotes.setMaxLength(1000);
        joinUrl.setLabel(getTranslation("opportunity.field.join-url"));
        joinUrl.setPlaceholder("https://");
        joinEmail.setLabel(getTranslation("opportunity.field.join-email"));
        joinPhone.setLabel(getTranslation("opportunity.field.join-phone"));
        price.setMaxLength(OpportunityRules.MAX_PRICE);
        joinUrl.setMaxLength(OpportunityRules.MAX_URL);
        joinEmail.setMaxLength(OpportunityRules.MAX_EMAIL);
        joinPhone.setMaxLength(OpportunityRules.MAX_PHONE);
        register("ageMin", ageMin);
        register("ageMax", ageMax);
        register("capacity", capacity);
        register("free", free);
        register("price", price);
        register("languages", languages);
        register("access", access);
        register("accessibilityNotes", accessibilityNotes);
        register("joinUrl", joinUrl);
        register("joinEmail", joinEmail);
        register("joinPhone", joinPhone);
        free.addValueChangeListener(e -> price.setVisible(!free.getValue()));
        Paragraph joinHint = new Paragraph(getTranslation("opportunity.field.join-hint"));
        joinHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        FormLayout form = new FormLayout(ageMin, ageMax, capacity, free, price, languages, access, accessibilityNotes,
                joinHint, joinUrl, joinEmail, joinPhone);
        form.setColspan(languages, 2);
        form.setColspan(access, 2);
        form.setColspan(accessibilityNotes, 2);
        form.setColspan(joinHint, 2);
        form.setColspan(joinUrl, 2);
        return form;
    }

    /** Every field saves the draft when it changes (text fields after a short pause in typing). */
    private <F extends HasValueAndElement<?, ?>> F register(String name, F field) {
        fieldsByName.put(name, field);
        if (field instanceof com.vaadin.flow.component.textfield.TextFieldBase<?, ?> text) {
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

    OpportunityDraft draft() {
        Map<String, Texts> texts = new LinkedHashMap<>();
        titles.keySet().forEach(lang -> texts.put(lang, new Texts(titles.get(lang).getValue(),
                summaries.get(lang).getValue(), descriptions.get(lang).getValue())));
        return new OpportunityDraft(texts, type.getValue(), Set.copyOf(themes.getValue()), format.getValue(),
                startsAt.getValue(), endsAt.getValue(), ongoing.getValue(), location.getValue(), venue.getValue(),
                address.getValue(), onlineUrl.getValue(), ageMin.getValue(), ageMax.getValue(), capacity.getValue(),
                free.getValue(), price.getValue(), new LinkedHashSet<>(languages.getValue()), Set.copyOf(access.getValue()),
                accessibilityNotes.getValue(), joinUrl.getValue(), joinEmail.getValue(), joinPhone.getValue(),
                currentSessions());
    }

    void fill(OpportunityDraft d) {
        filling = true;
        titles.forEach((lang, field) -> field.setValue(d.texts(lang).title()));
        summaries.forEach((lang, field) -> field.setValue(d.texts(lang).summary()));
        descriptions.forEach((lang, field) -> field.setValue(d.texts(lang).description()));
        type.setValue(d.type());
        themes.setValue(d.themes());
        ongoing.setValue(d.ongoing());
        startsAt.setValue(d.startsAt());
        endsAt.setValue(d.endsAt());
        showSessions(d.sessions());
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
        for (OpportunityRules.Problem p : problems) {
            setInvalid(fieldsByName.get(p.field()), getTranslation(p.key()));
        }
        return problems.isEmpty();
    }

    private static void setInvalid(HasValueAndElement<?, ?> field, String message) {
        if (field instanceof com.vaadin.flow.component.HasValidation v) {
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
