package org.mesta.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import org.mesta.base.ui.Notifications;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.OrganisationDraft;

import java.util.List;

/** Creates or edits an organisation of a city. */
class OrganisationDialog extends Dialog {

    static final class Form {
        City city;
        String name = "";
        String description = "";
        String website = "";
        String contactEmail = "";
    }

    final ComboBox<City> city = new ComboBox<>();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
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
            form.description = existing.description() == null ? "" : existing.description();
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
        description.setLabel(getTranslation("organisation.description"));
        description.setMaxLength(2000);
        website.setLabel(getTranslation("organisation.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(255);
        contactEmail.setLabel(getTranslation("organisation.contact-email"));
        contactEmail.setMaxLength(255);

        String required = getTranslation("error.required");
        binder.forField(city).asRequired(required).bind(f -> f.city, (f, v) -> f.city = v);
        binder.forField(name).asRequired(required).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(website)
                .withValidator(w -> w.isBlank() || w.trim().matches("https?://\\S+"), getTranslation("error.url"))
                .bind(f -> f.website, (f, v) -> f.website = v);
        binder.forField(contactEmail).asRequired(required)
                .withValidator(new EmailValidator(getTranslation("error.email")))
                .bind(f -> f.contactEmail, (f, v) -> f.contactEmail = v);
        binder.readBean(form);

        FormLayout layout = new FormLayout(city, name, contactEmail, website, description);
        layout.setColspan(description, 2);
        add(layout);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(form) && Notifications.attempt(() -> service.saveOrganisation(
                    new OrganisationDraft(existing == null ? null : existing.id(),
                            existing == null ? 0 : existing.version(), form.city.getId(), form.name,
                            form.description, form.website.trim(), form.contactEmail)))) {
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
}
