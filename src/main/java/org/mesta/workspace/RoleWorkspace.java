package org.mesta.workspace;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;

/** What the learner's, ambassador's and moderator's workspaces share: greeting, role intro, their city. */
abstract class RoleWorkspace extends Main implements HasDynamicTitle {

    private final String role;

    RoleWorkspace(CityService cities, String role) {
        this.role = role;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        MestaUser user = MestaUser.require();
        H2 greeting = new H2(getTranslation("workspace.hello", user.displayName()));
        greeting.setId("workspace-greeting");
        Paragraph intro = new Paragraph(getTranslation("workspace." + role + ".intro"));
        intro.setId("workspace-intro");
        add(greeting, intro, new CityOverview(cities, user.cityId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav." + role);
    }
}
