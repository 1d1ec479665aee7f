package org.mesta.workspace;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.mesta.security.Membership;

/** The provider's workspace: the organisations they act for, their role there, and who else is on the team. */
@Route("provider")
@Menu(title = "nav.provider", order = 15, icon = "vaadin:briefcase")
@RolesAllowed(Role.PROVIDER_)
public class ProviderWorkspaceView extends Main implements HasDynamicTitle {

    ProviderWorkspaceView(AccountService accounts, CityService cities) {
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        MestaUser user = MestaUser.require();
        H2 greeting = new H2(getTranslation("workspace.hello", user.displayName()));
        greeting.setId("workspace-greeting");
        add(greeting, new Paragraph(getTranslation("workspace.provider.intro")));
        var mine = accounts.myMemberships();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.provider.no-organisation")));
        }
        for (Membership membership : mine) {
            cities.findOrganisation(membership.getOrganisationId()).ifPresent(org -> {
                Div card = new Div();
                card.addClassNames("mesta-card", LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.MEDIUM);
                H3 name = new H3(org.getName());
                Span where = new Span(getTranslation("workspace.provider.organisation-line", org.getCity().name(getLocale()),
                        getTranslation(membership.getRole().translationKey())));
                where.addClassNames(LumoUtility.TextColor.SECONDARY);
                Grid<Membership> team = new Grid<>();
                team.addColumn(m -> m.getAccount().getDisplayName()).setHeader(getTranslation("people.name"));
                team.addColumn(m -> m.getAccount().getEmail()).setHeader(getTranslation("people.email"));
                team.addColumn(m -> getTranslation(m.getRole().translationKey()))
                        .setHeader(getTranslation("invite.organisation-role"));
                team.setItems(accounts.members(org.getId()));
                team.setAllRowsVisible(true);
                team.setAriaLabel(getTranslation("workspace.provider.team", org.getName()));
                card.add(name, where, new H3(getTranslation("workspace.provider.team", org.getName())), team);
                add(card);
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.provider");
    }
}
