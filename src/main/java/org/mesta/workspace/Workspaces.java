package org.mesta.workspace;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;

/** Where each role lands after signing in; a person with several roles lands in the most responsible one. */
final class Workspaces {

    private static final Map<Role, Class<? extends Component>> LANDING = new LinkedHashMap<>();

    static {
        LANDING.put(Role.NETWORK_ADMIN, NetworkWorkspaceView.class);
        LANDING.put(Role.CITY_ADMIN, CityAdminWorkspaceView.class);
        LANDING.put(Role.MODERATOR, ModeratorWorkspaceView.class);
        LANDING.put(Role.PROVIDER, ProviderWorkspaceView.class);
        LANDING.put(Role.AMBASSADOR, AmbassadorWorkspaceView.class);
        LANDING.put(Role.LEARNER, LearnerWorkspaceView.class);
    }

    private Workspaces() {}

    static Class<? extends Component> landingFor(MestaUser user) {
        return LANDING.entrySet().stream()
                .filter(e -> user.has(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(AccountView.class);
    }
}
