package org.mesta.workspace;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.Role;
import org.mesta.city.CityService;

@Route("moderation")
@Menu(title = "nav.moderator", order = 20, icon = "vaadin:check-square-o")
@RolesAllowed(Role.MODERATOR_)
public class ModeratorWorkspaceView extends RoleWorkspace {

    ModeratorWorkspaceView(CityService cities) {
        super(cities, "moderator");
    }
}
