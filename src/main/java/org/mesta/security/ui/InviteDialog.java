package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.ui.FormBinder;
import org.mesta.base.ui.Notifications;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.InvitationDraft;
import org.mesta.security.InvitationService;
import org.mesta.security.OrganisationRole;

/** Invites someone by email to a role in a city; providers into one organisation with an organisation role. */
class InviteDialog extends Dialog {

    /** The form's data; the organisation is needed only for a provider, a rule on its binding. */
    public record InviteForm(
            @NotBlank(message = "{error.required}") @Email(message = "{error.email}") String email,

            @NotNull(message = "{error.required}") Role role,
            @NotNull(message = "{error.required}") City city,
            Organisation organisation,
            OrganisationRole organisationRole) {}

    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final ComboBox<City> city = new ComboBox<>();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Select<OrganisationRole> organisationRole = new Select<>();
    final Button send = new Button();
    private final FormBinder<InviteForm> binder = new FormBinder<>(InviteForm.class);

    InviteDialog(
            InvitationService invitations,
            CityService cities,
            List<City> cityChoices,
            City defaultCity,
            Runnable onSent) {
        MestaUser user = MestaUser.require();
        setHeaderTitle(getTranslation("invite.title"));
        email.setLabel(getTranslation("invite.email"));
        email.setMaxLength(255);
        role.setLabel(getTranslation("invite.role"));
        role.setItems(
                user.has(Role.NETWORK_ADMIN)
                        ? EnumSet.of(
                                Role.CITY_ADMIN, Role.MODERATOR, Role.AMBASSADOR, Role.PROVIDER, Role.NETWORK_ADMIN)
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

        binder.forField(email).bind("email");
        binder.forField(role).bind("role");
        binder.forField(city).bind("city");
        binder.forField(organisation)
                .withValidator(o -> o != null || role.getValue() != Role.PROVIDER, getTranslation("error.required"))
                .bind("organisation");
        binder.forField(organisationRole).bind("organisationRole");
        binder.readRecord(new InviteForm("", null, defaultCity, null, OrganisationRole.EDITOR));

        Runnable providerFields = () -> {
            boolean provider = role.getValue() == Role.PROVIDER;
            organisation.setVisible(provider);
            organisationRole.setVisible(provider);
            organisation.setItems(
                    city.getValue() == null
                            ? List.of()
                            : cities.organisationsOfCity(city.getValue().getId()));
        };
        role.addValueChangeListener(e -> providerFields.run());
        city.addValueChangeListener(e -> providerFields.run());
        providerFields.run();

        add(
                new Paragraph(getTranslation("invite.intro")),
                new FormLayout(email, role, city, organisation, organisationRole));
        send.setText(getTranslation("invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (binder.save(
                    f -> invitations.invite(
                            new InvitationDraft(
                                    f.email(),
                                    f.role(),
                                    f.city().getId(),
                                    f.organisation() == null
                                            ? null
                                            : f.organisation().getId(),
                                    f.organisationRole()),
                            getLocale()),
                    () -> {})) {
                Notifications.success(getTranslation("invite.sent", email.getValue()));
                close();
                onSent.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("min(40em, 100%)");
    }
}
