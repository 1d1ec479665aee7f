package org.mesta;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs test code as a real account, loaded the same way sign-in loads it. */
public final class SignedIn {

    public static final String LEARNER = "learner@mesta.example";
    public static final String PROVIDER = "provider@mesta.example";
    public static final String AMBASSADOR = "ambassador@mesta.example";
    public static final String MODERATOR = "moderator@mesta.example";
    public static final String CITY_ADMIN = "cityadmin@mesta.example";
    public static final String NETWORK_ADMIN = "networkadmin@mesta.example";
    public static final String DEMO_PASSWORD = "mesta-demo-2026";

    private SignedIn() {}

    public static void as(UserDetailsService users, String email) {
        UserDetails user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static <T> T as(UserDetailsService users, String email, Supplier<T> action) {
        as(users, email);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void run(UserDetailsService users, String email, Runnable action) {
        as(users, email, () -> {
            action.run();
            return null;
        });
    }
}
