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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.FormBinder;
import org.mesta.base.ui.MultilingualField;
import org.mesta.base.ui.Notifications;
import org.mesta.city.City;
import org.mesta.city.CityDraft;
import org.mesta.city.CityService;

/** Creates or edits one city; validation sits next to each field, the service re-checks. */
class CityDialog extends Dialog {

    /** The form's data. The patterns accept an empty value so that only @NotBlank speaks for an empty field. */
    public record CityForm(
            @NotBlank(message = "{error.required}") @Pattern(regexp = "(\\s*[a-z0-9]+(-[a-z0-9]+)*\\s*)?", message = "{city.error.slug}")
            String slug,

            MultilingualText names,

            @NotBlank(message = "{error.required}") @Pattern(regexp = "(\\s*[A-Za-z]{2}\\s*)?", message = "{city.error.country}")
            String country,

            @NotNull(message = "{error.required}") @DecimalMin(value = "-90", message = "{city.error.latitude}") @DecimalMax(value = "90", message = "{city.error.latitude}") Double latitude,

            @NotNull(message = "{error.required}") @DecimalMin(value = "-180", message = "{city.error.longitude}") @DecimalMax(value = "180", message = "{city.error.longitude}") Double longitude,

            @NotNull(message = "{error.required}") @Min(value = 1, message = "{city.error.zoom}") @Max(value = 19, message = "{city.error.zoom}") Integer zoom,

            @NotBlank(message = "{error.required}") String defaultLanguage,
            Set<String> offered,
            @NotBlank(message = "{error.required}") String timeZone) {

        static CityForm empty() {
            return new CityForm("", MultilingualText.EMPTY, "", null, null, 12, "en", Set.of("en"), "Europe/Ljubljana");
        }

        static CityForm of(CityDraft d) {
            return new CityForm(
                    d.slug(),
                    MultilingualText.of(d.names()),
                    d.country(),
                    d.latitude(),
                    d.longitude(),
                    d.zoom(),
                    d.defaultLanguage(),
                    d.offeredLanguages(),
                    d.timeZone());
        }

        CityDraft toDraft(Long id, long version) {
            return new CityDraft(
                    id,
                    version,
                    slug,
                    names.texts(),
                    country,
                    latitude,
                    longitude,
                    zoom,
                    defaultLanguage,
                    offered,
                    timeZone);
        }
    }

    final TextField slug = new TextField();
    /** The city's name in its own languages and in the platform's, its first language first (and required). */
    final MultilingualField names;

    final TextField country = new TextField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final IntegerField zoom = new IntegerField();
    final ComboBox<String> defaultLanguage = new ComboBox<>();
    final MultiSelectComboBox<String> offered = new MultiSelectComboBox<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Button save = new Button();
    final Button delete = new Button();
    private final FormBinder<CityForm> binder = new FormBinder<>(CityForm.class);

    CityDialog(CityService service, CityDraft existing, Runnable onChange) {
        CityForm form = existing == null ? CityForm.empty() : CityForm.of(existing);
        setHeaderTitle(getTranslation(existing == null ? "city.dialog.new" : "city.dialog.edit"));
        slug.setLabel(getTranslation("city.slug"));
        slug.setHelperText(getTranslation("city.slug.helper"));
        slug.setMaxLength(64);
        names = MultilingualField.line("city.name-in", nameLanguages(form.defaultLanguage(), form.offered()));
        names.setMaxLength(120);
        names.setRequired(true);
        country.setLabel(getTranslation("city.country"));
        country.setHelperText(getTranslation("city.country.helper"));
        latitude.setLabel(getTranslation("city.latitude"));
        longitude.setLabel(getTranslation("city.longitude"));
        zoom.setLabel(getTranslation("city.zoom"));
        zoom.setStepButtonsVisible(true);
        // All UI languages, in the order the language menu offers them (sr and sr-Cyrl are two).
        Set<String> languages = TranslationProvider.LOCALES.stream()
                .map(TranslationProvider::tag)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        defaultLanguage.setLabel(getTranslation("city.default-language"));
        defaultLanguage.setItems(languages);
        defaultLanguage.setItemLabelGenerator(l -> getTranslation("language." + l));
        offered.setLabel(getTranslation("city.offered-languages"));
        offered.setItems(languages);
        offered.setItemLabelGenerator(l -> getTranslation("language." + l));
        timeZone.setLabel(getTranslation("city.time-zone"));
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));

        binder.forField(slug).bind("slug");
        binder.forField(names).bind("names");
        binder.forField(country).bind("country");
        binder.forField(latitude).bind("latitude");
        binder.forField(longitude).bind("longitude");
        binder.forField(zoom).bind("zoom");
        binder.forField(defaultLanguage).bind("defaultLanguage");
        binder.forField(offered).bind("offered");
        binder.forField(timeZone).bind("timeZone");
        binder.readRecord(form);
        defaultLanguage.addValueChangeListener(
                e -> names.setLanguages(nameLanguages(e.getValue(), offered.getValue())));
        offered.addValueChangeListener(
                e -> names.setLanguages(nameLanguages(defaultLanguage.getValue(), e.getValue())));

        FormLayout layout =
                new FormLayout(slug, country, names, latitude, longitude, zoom, timeZone, defaultLanguage, offered);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(names, 2);
        add(layout);

        Long id = existing == null ? null : existing.id();
        long version = existing == null ? 0 : existing.version();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.save(f -> service.saveCity(f.toDraft(id, version)), () -> reopen(service, id, onChange))) {
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

    /** The city's own languages, and the platform's, so the name reads right whichever language a reader chose. */
    private static Languages nameLanguages(String first, Set<String> offered) {
        Set<String> all = new TreeSet<>(offered == null ? Set.of() : offered);
        TranslationProvider.LOCALES.forEach(l -> all.add(TranslationProvider.tag(l)));
        return Languages.of(first == null ? "en" : first, all);
    }

    /** Someone else saved this city meanwhile: show their version in a fresh dialog. */
    private void reopen(CityService service, Long id, Runnable onChange) {
        close();
        onChange.run();
        service.findCity(id).map(City::toDraft).ifPresent(d -> new CityDialog(service, d, onChange).open());
    }

    private void confirmDelete(CityService service, CityDraft city, Runnable onChange) {
        String name = MultilingualText.of(city.names())
                .best(getLocale(), city.defaultLanguage())
                .orElse(city.slug());
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("city.delete.title"),
                getTranslation("city.delete.text", name),
                getTranslation("action.delete"),
                e -> {
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
}
