package org.mesta.badge;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Endorsement tests act for the demo's Ljubljana organisations; a fresh published badge keeps each test apart. */
public final class EndorsementTestData {

    private EndorsementTestData() {}

    /** The demo organisation of Ljubljana whose name contains the words (e.g. "Library", "Youth Centre"). */
    public static Organisation ljubljana(CityService cities, String nameContains) {
        Organisation[] found = new Organisation[1];
        SystemTask.run(() ->
                found[0] = cities
                        .organisationsOfCity(
                                cities.findCityBySlug("ljubljana").orElseThrow().getId())
                        .stream()
                        .filter(o -> o.getName().contains(nameContains))
                        .findFirst()
                        .orElseThrow());
        return found[0];
    }

    /** Runs as an admin of the organisation (a provider with no other membership), then signs out. */
    public static <T> T asAdminOf(long organisationId, Supplier<T> task) {
        MestaUser admin = new MestaUser(
                0,
                "admin-" + organisationId + "@mesta.example",
                "Admin",
                "",
                EnumSet.of(Role.PROVIDER),
                null,
                Map.of(organisationId, MestaUser.ORG_ADMIN),
                "en",
                false,
                0);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A new published badge of the organisation. */
    public static Badge publishedOf(long organisationId, BadgeService badges) {
        return asAdminOf(organisationId, () -> BadgeTestData.published(badges));
    }
}
