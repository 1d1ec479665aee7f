package org.mesta.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.ui.Notifications;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.AccountService;
import org.mesta.security.InvitationService;
import org.mesta.security.Membership;
import org.mesta.security.MembershipService;
import org.mesta.security.OrganisationRole;

/** The organisations a provider acts for, their role there, and who else is on the team. */
class OrganisationTeams extends Div {

    private final MembershipService members;

    OrganisationTeams(
            AccountService accounts, MembershipService members, InvitationService invitations, CityService cities) {
        this.members = members;
        addClassNames("mesta-teams");
        add(new H3(getTranslation("dash.provider.organisations")));
        var mine = accounts.myMemberships();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.provider.no-organisation")));
        }
        for (Membership membership : mine) {
            cities.findOrganisation(membership.getOrganisationId()).ifPresent(org -> {
                Div card = new Div();
                card.addClassNames("mesta-card", LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.MEDIUM);
                H4 name = new H4(org.getName());
                Span where = new Span(getTranslation(
                        "workspace.provider.organisation-line",
                        org.getCity().name(getLocale()),
                        getTranslation(membership.getRole().translationKey())));
                where.addClassNames(LumoUtility.TextColor.SECONDARY);
                card.add(name, where);
                String description = org.description(getLocale());
                if (description != null) card.add(new Paragraph(description));
                Grid<Membership> team = new Grid<>();
                team.addColumn(m -> m.getAccount().getDisplayName()).setHeader(getTranslation("people.name"));
                team.addColumn(m -> m.getAccount().getEmail()).setHeader(getTranslation("people.email"));
                // Only the organisation's admins (and city admins) change the team; others see it read-only.
                if (members.managesMembers(org.getId())) {
                    team.addComponentColumn(m -> roleSelect(team, org, m))
                            .setHeader(getTranslation("invite.organisation-role"));
                    team.addComponentColumn(m -> removeButton(team, org, m))
                            .setAutoWidth(true)
                            .setFlexGrow(0);
                } else {
                    team.addColumn(m -> getTranslation(m.getRole().translationKey()))
                            .setHeader(getTranslation("invite.organisation-role"));
                }
                team.setItems(members.members(org.getId()));
                team.setAllRowsVisible(true);
                team.setAriaLabel(getTranslation("workspace.provider.team", org.getName()));
                card.add(new H5(getTranslation("workspace.provider.team", org.getName())), team);
                if (members.managesMembers(org.getId())) {
                    card.add(new InviteMember(invitations, org));
                }
                add(card);
            });
        }
    }

    private Select<OrganisationRole> roleSelect(Grid<Membership> team, Organisation org, Membership member) {
        Select<OrganisationRole> role = new Select<>();
        role.setItems(OrganisationRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        role.setValue(member.getRole());
        role.setAriaLabel(getTranslation("invite.organisation-role") + ": "
                + member.getAccount().getDisplayName());
        role.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && Notifications.attempt(() -> members.changeMemberRole(
                            org.getId(), member.getAccount().getId(), e.getValue()))) {
                Notifications.success(getTranslation("workspace.provider.role-changed"));
            }
            team.setItems(members.members(org.getId()));
        });
        return role;
    }

    private Button removeButton(Grid<Membership> team, Organisation org, Membership member) {
        String name = member.getAccount().getDisplayName();
        Button remove = new Button(getTranslation("workspace.provider.remove-member"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("workspace.provider.remove-member.title"),
                    getTranslation("workspace.provider.remove-member.text", name, org.getName()),
                    getTranslation("workspace.provider.remove-member"),
                    c -> {
                        if (Notifications.attempt(() -> members.removeMember(
                                org.getId(), member.getAccount().getId()))) {
                            Notifications.success(getTranslation("workspace.provider.member-removed"));
                            team.setItems(members.members(org.getId()));
                        }
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("workspace.provider.remove-member-named", name, org.getName()));
        return remove;
    }
}
