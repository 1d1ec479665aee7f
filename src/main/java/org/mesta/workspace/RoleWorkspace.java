package org.mesta.workspace;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.MestaUser;

/** What every role's workspace starts with: who is here and, in one line, what this page is for. */
abstract class RoleWorkspace extends Main implements HasDynamicTitle {

    private final String role;
    protected final MestaUser user;

    RoleWorkspace(String role) {
        this.role = role;
        this.user = MestaUser.require();
        addClassNames("mesta-dashboard", LumoUtility.Padding.LARGE);
        H2 greeting = new H2(getTranslation("workspace.hello", user.displayName()));
        greeting.setId("workspace-greeting");
        Paragraph intro = new Paragraph(getTranslation("dash." + role + ".intro"));
        intro.setId("workspace-intro");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(greeting, intro);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav." + role);
    }
}
