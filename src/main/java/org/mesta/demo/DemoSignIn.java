package org.mesta.demo;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo network is built through the services, so every step runs as someone the services accept: a demo
 * account (loaded the way sign-in loads it) or an admin of one organisation. Who was signed in before is restored.
 */
final class DemoSignIn {

    private DemoSignIn() {}

    static <T> T asAccount(UserDetailsService users, String email, Supplier<T> task) {
        UserDetails user = users.loadUserByUsername(email);
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), task);
    }

    static void asAccount(UserDetailsService users, String email, Runnable task) {
        asAccount(users, email, () -> {
            task.run();
            return null;
        });
    }

    /** As an admin of the organisation (the demo's organisations have no members of their own but Ljubljana's). */
    static <T> T asOrganisation(long organisationId, Supplier<T> task) {
        MestaUser admin = new MestaUser(
                0,
                "system",
                "Mesta",
                "",
                EnumSet.of(Role.PROVIDER),
                null,
                Map.of(organisationId, MestaUser.ORG_ADMIN),
                "en",
                false,
                0);
        return as(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()), task);
    }

    static void asOrganisation(long organisationId, Runnable task) {
        asOrganisation(organisationId, () -> {
            task.run();
            return null;
        });
    }

    private static <T> T as(UsernamePasswordAuthenticationToken who, Supplier<T> task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
