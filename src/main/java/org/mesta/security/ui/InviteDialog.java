package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.ui.Notifications;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.InvitationService;
import org.mesta.security.InvitationDraft;
import org.mesta.security.OrganisationRole;

import java.util.EnumSet;
import java.util.List;

/** Invites someone by email to a role in a city; providers into one organisation with an organisation role. */
class InviteDialog extends Dialog {

    static final class Form {
        String email = "";
        Role role;
        City city;
        Organisation organisation;
        OrganisationRole organisationRole = OrganisationRole.EDITOR;
    }

    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final ComboBox<City> city = new ComboBox<>();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Select<OrganisationRole> organisationRole = new Select<>();
    final Button send = new Button();
    private final Binder<Form> binder = new Binder<>();

    InviteDialog(InvitationService invitations, CityService cities, List<City> cityChoices, City defaultCity,
                 Runnable onSent) {
        MestaUser user = MestaUser.require();
        Form form = new Form();
        form.city = defaultCity;
        setHeaderTitle(getTranslation("invite.title"));
        email.setLabel(getTranslation("invite.email"));
        email.setMaxLength(255);
        role.setLabel(getTranslation("invite.role"));
        role.setItems(user.has(Role.NETWORK_ADMIN)
                ? EnumSet.of(Role.CITY_ADMIN, Role.MODERATOR, Role.AMBASSADOR, Role.PROVIDER, Role.NETWORK_ADMIN)
                : EnumSet.of(Role.MODERATOR, Role.AMBASSADOR, Role.PROVIDER));
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        city.setLabel(getTranslation("organisation.city"));
        city.setItems(cityChoices);
        city.setItemLabelGenerator(c -> c.name(getLocale()));
        city.setReadOnly(cityChoices.size() == 1);
        organisation.setLabel(getTranslation("invite.organisation"));
        organisation.setItemLabelGenerator(Organisation::getName);
        organisationRole.setLabel(getTranslation("invite.organisation-role"));
        organisationRole.setItems(OrganisationRole.values());
        organisationRole.setItemLabelGenerator(r -> getTranslation(r.translationKey()));

        String required = getTranslation("error.required");
        binder.forField(email).asRequired(required).withValidator(new EmailValidator(getTranslation("error.email")))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(role).asRequired(required).bind(f -> f.role, (f, v) -> f.role = v);
        binder.forField(city).asRequired(required).bind(f -> f.city, (f, v) -> f.city = v);
        binder.forField(organisation).withValidator(o -> o != null || role.getValue() != Role.PROVIDER, required)
                .bind(f -> f.organisation, (f, v) -> f.organisation = v);
        binder.forField(organisationRole).bind(f -> f.organisationRole, (f, v) -> f.organisationRole = v);
        binder.readBean(form);

        Runnable providerFields = () -> {
            boolean provider = role.getValue() == Role.PROVIDER;
            organisation.setVisible(provider);
            organisationRole.setVisible(provider);
            organisation.setItems(city.getValue() == null ? List.of() : cities.organisationsOfCity(city.getValue().getId()));
        };
        role.addValueChangeListener(e -> providerFields.run());
        city.addValueChangeListener(e -> providerFields.run());
        providerFields.run();

        add(new Paragraph(getTranslation("invite.intro")), new FormLayout(email, role, city, organisation,
                organisationRole));
        send.setText(getTranslation("invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (binder.writeBeanIfValid(form) && Notifications.attempt(() -> invitations.invite(new InvitationDraft(
                    form.email, form.role, form.city.getId(),
                    form.organisation == null ? null : form.organisation.getId(), form.organisationRole), getLocale()))) {
                Notifications.success(getTranslation("invite.sent", form.email));
                close();
                onSent.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("min(40em, 100%)");
    }
}
