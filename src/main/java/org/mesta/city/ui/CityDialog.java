package org.mesta.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.mesta.base.ui.Notifications;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityDraft;
import org.mesta.city.CityService;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Creates or edits one city; validation sits next to each field, the service re-checks. */
class CityDialog extends Dialog {

    static final class Form {
        Long id;
        long version;
        String slug = "";
        String nameEn = "";
        String nameSl = "";
        String country = "";
        Double latitude;
        Double longitude;
        Integer zoom = 12;
        String defaultLanguage = "en";
        Set<String> offered = Set.of("en");
        String timeZone = "Europe/Ljubljana";
    }

    final TextField slug = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameSl = new TextField();
    final TextField country = new TextField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final IntegerField zoom = new IntegerField();
    final ComboBox<String> defaultLanguage = new ComboBox<>();
    final MultiSelectComboBox<String> offered = new MultiSelectComboBox<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Button save = new Button();
    final Button delete = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final Form form;

    CityDialog(CityService service, CityDraft existing, Runnable onChange) {
        form = existing == null ? new Form() : fromDraft(existing);
        setHeaderTitle(getTranslation(existing == null ? "city.dialog.new" : "city.dialog.edit"));
        slug.setLabel(getTranslation("city.slug"));
        slug.setHelperText(getTranslation("city.slug.helper"));
        nameEn.setLabel(getTranslation("city.name.en"));
        nameSl.setLabel(getTranslation("city.name.sl"));
        slug.setMaxLength(64);
        nameEn.setMaxLength(120);
        nameSl.setMaxLength(120);
        country.setLabel(getTranslation("city.country"));
        country.setHelperText(getTranslation("city.country.helper"));
        latitude.setLabel(getTranslation("city.latitude"));
        longitude.setLabel(getTranslation("city.longitude"));
        zoom.setLabel(getTranslation("city.zoom"));
        zoom.setStepButtonsVisible(true);
        Set<String> languages = TranslationProvider.LOCALES.stream().map(Locale::getLanguage)
                .collect(Collectors.toCollection(TreeSet::new));
        defaultLanguage.setLabel(getTranslation("city.default-language"));
        defaultLanguage.setItems(languages);
        defaultLanguage.setItemLabelGenerator(l -> getTranslation("language." + l));
        offered.setLabel(getTranslation("city.offered-languages"));
        offered.setItems(languages);
        offered.setItemLabelGenerator(l -> getTranslation("language." + l));
        timeZone.setLabel(getTranslation("city.time-zone"));
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));

        String required = getTranslation("error.required");
        binder.forField(slug).asRequired(required)
                .withValidator(s -> s.trim().matches("[a-z0-9]+(-[a-z0-9]+)*"), getTranslation("city.error.slug"))
                .bind(f -> f.slug, (f, v) -> f.slug = v);
        binder.forField(nameEn).asRequired(required).bind(f -> f.nameEn, (f, v) -> f.nameEn = v);
        binder.forField(nameSl).bind(f -> f.nameSl, (f, v) -> f.nameSl = v);
        binder.forField(country).asRequired(required)
                .withValidator(c -> c.trim().matches("[A-Za-z]{2}"), getTranslation("city.error.country"))
                .bind(f -> f.country, (f, v) -> f.country = v);
        binder.forField(latitude).asRequired(required)
                .withValidator(v -> v >= -90 && v <= 90, getTranslation("city.error.latitude"))
                .bind(f -> f.latitude, (f, v) -> f.latitude = v);
        binder.forField(longitude).asRequired(required)
                .withValidator(v -> v >= -180 && v <= 180, getTranslation("city.error.longitude"))
                .bind(f -> f.longitude, (f, v) -> f.longitude = v);
        binder.forField(zoom).asRequired(required)
                .withValidator(v -> v >= 1 && v <= 19, getTranslation("city.error.zoom"))
                .bind(f -> f.zoom, (f, v) -> f.zoom = v);
        binder.forField(defaultLanguage).asRequired(required)
                .bind(f -> f.defaultLanguage, (f, v) -> f.defaultLanguage = v);
        binder.forField(offered).bind(f -> f.offered, (f, v) -> f.offered = v);
        binder.forField(timeZone).asRequired(required).bind(f -> f.timeZone, (f, v) -> f.timeZone = v);
        binder.readBean(form);

        FormLayout layout = new FormLayout(slug, country, nameEn, nameSl, latitude, longitude, zoom, timeZone,
                defaultLanguage, offered);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(layout);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(form) && Notifications.attempt(() -> service.saveCity(toDraft()))) {
                Notifications.success(getTranslation("city.saved"));
                close();
                onChange.run();
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (existing != null) {
            delete.setText(getTranslation("action.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> confirmDelete(service, existing, onChange));
            getFooter().addComponentAsFirst(delete);
        }
        setWidth("min(48em, 100%)");
    }

    private void confirmDelete(CityService service, CityDraft city, Runnable onChange) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("city.delete.title"),
                getTranslation("city.delete.text", city.names().getOrDefault("en", city.slug())),
                getTranslation("action.delete"), e -> {
            if (Notifications.attempt(() -> service.deleteCity(city.id()))) {
                Notifications.success(getTranslation("city.deleted"));
                close();
                onChange.run();
            }
        });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private CityDraft toDraft() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", form.nameEn);
        names.put("sl", form.nameSl);
        return new CityDraft(form.id, form.version, form.slug, names, form.country, form.latitude, form.longitude,
                form.zoom, form.defaultLanguage, form.offered, form.timeZone);
    }

    private static Form fromDraft(CityDraft d) {
        Form f = new Form();
        f.id = d.id();
        f.version = d.version();
        f.slug = d.slug();
        f.nameEn = d.names().getOrDefault("en", "");
        f.nameSl = d.names().getOrDefault("sl", "");
        f.country = d.country();
        f.latitude = d.latitude();
        f.longitude = d.longitude();
        f.zoom = d.zoom();
        f.defaultLanguage = d.defaultLanguage();
        f.offered = d.offeredLanguages();
        f.timeZone = d.timeZone();
        return f;
    }
}
