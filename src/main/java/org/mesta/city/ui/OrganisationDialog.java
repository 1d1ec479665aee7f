package org.mesta.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import org.mesta.base.ui.Notifications;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.OrganisationDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Creates or edits an organisation of a city. */
class OrganisationDialog extends Dialog {

    static final class Form {
        City city;
        String name = "";
        String website = "";
        String contactEmail = "";
    }

    final ComboBox<City> city = new ComboBox<>();
    final TextField name = new TextField();
    /** One description field per language of the chosen city, its first language first. */
    final Map<String, TextArea> descriptions = new LinkedHashMap<>();
    private final Div descriptionFields = new Div();
    final TextField website = new TextField();
    final EmailField contactEmail = new EmailField();
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();

    OrganisationDialog(CityService service, List<City> cities, City defaultCity, OrganisationDraft existing,
                       Runnable onChange) {
        Form form = new Form();
        form.city = existing == null ? defaultCity
                : cities.stream().filter(c -> c.getId().equals(existing.cityId())).findFirst().orElse(defaultCity);
        if (existing != null) {
            form.name = existing.name();
            form.website = existing.website() == null ? "" : existing.website();
            form.contactEmail = existing.contactEmail();
        }
        setHeaderTitle(getTranslation(existing == null ? "organisation.dialog.new" : "organisation.dialog.edit"));
        city.setLabel(getTranslation("organisation.city"));
        city.setItems(cities);
        city.setItemLabelGenerator(c -> c.name(getLocale()));
        city.setReadOnly(existing != null || cities.size() == 1);
        name.setLabel(getTranslation("organisation.name"));
        name.setMaxLength(160);
        Map<String, String> texts = new HashMap<>(existing == null ? Map.of() : existing.descriptions());
        if (existing != null && texts.isEmpty() && existing.description() != null && form.city != null) {
            // The old single description is offered in the city's first language, where it most likely belongs.
            texts.put(form.city.getDefaultLanguage(), existing.description());
        }
        showDescriptionFields(form.city, texts);
        city.addValueChangeListener(e -> showDescriptionFields(e.getValue(), typed()));
        website.setLabel(getTranslation("organisation.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(255);
        contactEmail.setLabel(getTranslation("organisation.contact-email"));
        contactEmail.setMaxLength(255);

        String required = getTranslation("error.required");
        binder.forField(city).asRequired(required).bind(f -> f.city, (f, v) -> f.city = v);
        binder.forField(name).asRequired(required).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(website)
                .withValidator(w -> w.isBlank() || w.trim().matches("https?://\\S+"), getTranslation("error.url"))
                .bind(f -> f.website, (f, v) -> f.website = v);
        binder.forField(contactEmail).asRequired(required)
                .withValidator(new EmailValidator(getTranslation("error.email")))
                .bind(f -> f.contactEmail, (f, v) -> f.contactEmail = v);
        binder.readBean(form);

        FormLayout layout = new FormLayout(city, name, contactEmail, website, descriptionFields);
        layout.setColspan(descriptionFields, 2);
        add(layout);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(form) && Notifications.attempt(() -> service.saveOrganisation(
                    new OrganisationDraft(existing == null ? null : existing.id(),
                            existing == null ? 0 : existing.version(), form.city.getId(), form.name,
                            null, form.website.trim(), form.contactEmail, typed())))) {
                Notifications.success(getTranslation("organisation.saved"));
                close();
                onChange.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("organisation.delete.title"),
                        getTranslation("organisation.delete.text", existing.name()), getTranslation("action.delete"),
                        c -> {
                            if (Notifications.attempt(() -> service.deleteOrganisation(existing.id()))) {
                                Notifications.success(getTranslation("organisation.deleted"));
                                close();
                                onChange.run();
                            }
                        });
                confirm.setConfirmButtonTheme("error primary");
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
        setWidth("min(44em, 100%)");
    }

    private void showDescriptionFields(City chosen, Map<String, String> texts) {
        descriptions.clear();
        descriptionFields.removeAll();
        if (chosen == null) {
            return;
        }
        List<String> languages = new ArrayList<>(new TreeSet<>(chosen.getOfferedLanguages()));
        languages.remove(chosen.getDefaultLanguage());
        languages.addFirst(chosen.getDefaultLanguage());
        for (String lang : languages) {
            TextArea field = new TextArea(getTranslation("organisation.description-in", languageName(lang)));
            field.setMaxLength(2000);
            field.setWidthFull();
            field.setValue(texts.getOrDefault(lang, ""));
            descriptions.put(lang, field);
            descriptionFields.add(field);
        }
    }

    private String languageName(String lang) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(getLocale());
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }

    private Map<String, String> typed() {
        Map<String, String> texts = new HashMap<>();
        descriptions.forEach((lang, field) -> texts.put(lang, field.getValue()));
        return texts;
    }
}
