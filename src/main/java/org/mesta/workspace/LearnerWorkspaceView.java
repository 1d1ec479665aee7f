package org.mesta.workspace;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.Role;
import org.mesta.city.CityService;

@Route("learner")
@Menu(title = "nav.learner", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed(Role.LEARNER_)
public class LearnerWorkspaceView extends RoleWorkspace {

    LearnerWorkspaceView(CityService cities) {
        super(cities, "learner");
    }
}
