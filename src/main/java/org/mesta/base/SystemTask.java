package org.mesta.base;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Map;

/**
 * Runs start-up work (first admin, demo data) as the system acting as network admin, so it goes through
 * the same role-checked services as people do instead of around them.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static void run(Runnable task) {
        var previous = SecurityContextHolder.getContext();
        MestaUser system = new MestaUser(0, "system", "Mesta", "", EnumSet.of(Role.NETWORK_ADMIN), null, Map.of(),
                "en", false, 0);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
