package org.mesta.base;

import java.util.EnumSet;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first admin, demo data) and reactions to events resubmitted later (EventResubmission) as the system
 * acting as network admin, so it goes through the same role-checked services as people do instead of around them.
 */
public final class SystemTask {

    private SystemTask() {}

    /**
     * For reactions to events: on behalf of the person who caused them when known (the usual case, see
     * ActingPerson), as the system when resubmitted later.
     */
    public static void runUnlessSignedIn(Runnable task) {
        if (MestaUser.current().isPresent()) {
            task.run();
        } else {
            run(task);
        }
    }

    public static void run(Runnable task) {
        var previous = SecurityContextHolder.getContext();
        MestaUser system =
                new MestaUser(0, "system", "Mesta", "", EnumSet.of(Role.NETWORK_ADMIN), null, Map.of(), "en", false, 0);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
