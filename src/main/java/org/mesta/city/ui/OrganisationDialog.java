package org.mesta.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.base.ui.FormBinder;
import org.mesta.base.ui.MultilingualField;
import org.mesta.base.ui.Notifications;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.OrganisationDraft;

/** Creates or edits an organisation of a city. */
class OrganisationDialog extends Dialog {

    /** The form's data. The patterns accept an empty value so that only @NotBlank speaks for an empty field. */
    public record OrganisationForm(
            @NotNull(message = "{error.required}") City city,
            @NotBlank(message = "{error.required}") String name,

            @NotBlank(message = "{error.required}") @Email(message = "{error.email}") String contactEmail,

            @Pattern(regexp = "\\s*(https?://\\S+)?\\s*", message = "{error.url}")
            String website,

            MultilingualText descriptions) {}

    final ComboBox<City> city = new ComboBox<>();
    final TextField name = new TextField();
    /** One description per language of the chosen city, its first language first. */
    final MultilingualField descriptions;

    final TextField website = new TextField();
    final EmailField contactEmail = new EmailField();
    final Button save = new Button();
    private final FormBinder<OrganisationForm> binder = new FormBinder<>(OrganisationForm.class);

    OrganisationDialog(
            CityService service, List<City> cities, City defaultCity, OrganisationDraft existing, Runnable onChange) {
        City chosen = existing == null
                ? defaultCity
                : cities.stream()
                        .filter(c -> c.getId().equals(existing.cityId()))
                        .findFirst()
                        .orElse(defaultCity);
        setHeaderTitle(getTranslation(existing == null ? "organisation.dialog.new" : "organisation.dialog.edit"));
        city.setLabel(getTranslation("organisation.city"));
        city.setItems(cities);
        city.setItemLabelGenerator(c -> c.name(getLocale()));
        city.setReadOnly(existing != null || cities.size() == 1);
        name.setLabel(getTranslation("organisation.name"));
        name.setMaxLength(160);
        Map<String, String> texts = new HashMap<>(existing == null ? Map.of() : existing.descriptions());
        if (existing != null && texts.isEmpty() && existing.description() != null && chosen != null) {
            // The old single description is offered in the city's first language, where it most likely belongs.
            texts.put(chosen.getDefaultLanguage(), existing.description());
        }
        descriptions = MultilingualField.area("organisation.description-in", languagesOf(chosen));
        descriptions.setMaxLength(2000);
        descriptions.setVisible(chosen != null);
        website.setLabel(getTranslation("organisation.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(255);
        contactEmail.setLabel(getTranslation("organisation.contact-email"));
        contactEmail.setMaxLength(255);

        binder.forField(city).bind("city");
        binder.forField(name).bind("name");
        binder.forField(contactEmail).bind("contactEmail");
        binder.forField(website).bind("website");
        binder.forField(descriptions).bind("descriptions");
        binder.readRecord(new OrganisationForm(
                chosen,
                existing == null ? "" : existing.name(),
                existing == null ? "" : existing.contactEmail(),
                existing == null || existing.website() == null ? "" : existing.website(),
                MultilingualText.of(texts)));
        city.addValueChangeListener(e -> {
            descriptions.setVisible(e.getValue() != null);
            if (e.getValue() != null) {
                descriptions.setLanguages(languagesOf(e.getValue()));
            }
        });

        FormLayout layout = new FormLayout(city, name, contactEmail, website, descriptions);
        layout.setColspan(descriptions, 2);
        add(layout);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.save(
                    f -> service.saveOrganisation(new OrganisationDraft(
                            existing == null ? null : existing.id(),
                            existing == null ? 0 : existing.version(),
                            f.city().getId(),
                            f.name(),
                            null,
                            f.website().trim(),
                            f.contactEmail(),
                            f.descriptions().texts())),
                    () -> reopen(service, cities, defaultCity, existing, onChange))) {
                Notifications.success(getTranslation("organisation.saved"));
                close();
                onChange.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(
                        getTranslation("organisation.delete.title"),
                        getTranslation("organisation.delete.text", existing.name()),
                        getTranslation("action.delete"),
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

    private static Languages languagesOf(City city) {
        return city == null
                ? Languages.of("en", List.of())
                : Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages());
    }

    /** Someone else saved this organisation meanwhile: show their version in a fresh dialog. */
    private void reopen(
            CityService service, List<City> cities, City defaultCity, OrganisationDraft existing, Runnable onChange) {
        close();
        onChange.run();
        if (existing != null) {
            service.findOrganisation(existing.id())
                    .ifPresent(o -> new OrganisationDialog(service, cities, defaultCity, o.toDraft(), onChange).open());
        }
    }
}
