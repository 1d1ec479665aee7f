package org.mesta.security;

import java.util.EnumSet;
import java.util.Set;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may hand out which role where: shared by people admin and invitations. */
final class RoleRules {

    /** Roles a city admin may hand out in their city; city admins are appointed by network admins. */
    static final Set<Role> CITY_ASSIGNABLE = EnumSet.of(Role.PROVIDER, Role.MODERATOR, Role.AMBASSADOR);
    /** Roles that hold only in the account's own city (providers act through their organisations instead). */
    static final Set<Role> CITY_SCOPED = EnumSet.of(Role.MODERATOR, Role.AMBASSADOR, Role.CITY_ADMIN);

    private RoleRules() {}

    static void requireMayAssign(Role role, Long cityId) {
        MestaUser user = MestaUser.require();
        boolean allowed = user.has(Role.NETWORK_ADMIN)
                ? role != Role.LEARNER
                : CITY_ASSIGNABLE.contains(role) && user.administers(cityId);
        if (!allowed) {
            throw new AccessDeniedException("may not assign " + role + " in city " + cityId);
        }
    }
}
