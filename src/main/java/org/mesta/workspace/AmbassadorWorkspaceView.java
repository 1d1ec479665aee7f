package org.mesta.workspace;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.Role;
import org.mesta.city.CityService;

@Route("ambassador")
@Menu(title = "nav.ambassador", order = 30, icon = "vaadin:megaphone")
@RolesAllowed(Role.AMBASSADOR_)
public class AmbassadorWorkspaceView extends RoleWorkspace {

    AmbassadorWorkspaceView(CityService cities) {
        super(cities, "ambassador");
    }
}
