package org.mesta.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.Role;
import org.mesta.base.ui.Notifications;
import org.mesta.city.Organisation;
import org.mesta.security.Invitation;
import org.mesta.security.InvitationDraft;
import org.mesta.security.InvitationService;
import org.mesta.security.OrganisationRole;

/** For an organisation's admins: invite someone into the organisation, and see or withdraw open invitations. */
class InviteMember extends Div {

    final EmailField email = new EmailField();
    final Select<OrganisationRole> role = new Select<>();
    final Button send = new Button();
    final Div pending = new Div();
    private final InvitationService invitations;
    private final Organisation organisation;

    InviteMember(InvitationService invitations, Organisation organisation) {
        this.invitations = invitations;
        this.organisation = organisation;
        email.setLabel(getTranslation("invite.email"));
        email.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("invite.organisation-role"));
        role.setItems(OrganisationRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        role.setValue(OrganisationRole.EDITOR);
        send.setText(getTranslation("invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> invite());
        HorizontalLayout form = new HorizontalLayout(email, role, send);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(new H3(getTranslation("invite.title")), form, pending);
        showPending();
    }

    private void invite() {
        if (email.isEmpty() || email.isInvalid()) {
            email.setErrorMessage(getTranslation("error.required"));
            email.setInvalid(true);
            return;
        }
        String address = email.getValue().trim();
        if (Notifications.attempt(() -> invitations.invite(
                new InvitationDraft(
                        address, Role.PROVIDER, organisation.getCity().getId(), organisation.getId(), role.getValue()),
                getLocale()))) {
            Notifications.success(getTranslation("invite.sent", address));
            email.clear();
            showPending();
        }
    }

    private void showPending() {
        pending.removeAll();
        for (Invitation invitation : invitations.openInvitationsOf(organisation.getId())) {
            Button withdraw = new Button(getTranslation("people.invitation-cancel"), e -> {
                if (Notifications.attempt(() -> invitations.cancelInvitation(invitation.getId()))) {
                    Notifications.success(getTranslation("people.invitation-cancelled"));
                    showPending();
                }
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            withdraw.setAriaLabel(getTranslation("people.invitation-cancel-named", invitation.getEmail()));
            HorizontalLayout row = new HorizontalLayout(
                    new Span(invitation.getEmail()),
                    new Span(getTranslation(invitation.getOrganisationRole().translationKey())),
                    withdraw);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            pending.add(row);
        }
        if (pending.getComponentCount() > 0) {
            pending.addComponentAsFirst(new Span(getTranslation("people.pending")));
        }
    }
}
