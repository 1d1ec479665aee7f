package org.mesta.base;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as every feature sees them: who they are, their roles, and the city and
 * organisations that scope what they may see. Lives in base so features need not depend on the
 * security feature to scope their queries.
 */
public record MestaUser(long accountId, String email, String displayName, String passwordHash,
                        Set<Role> roles, Long cityId, Set<Long> organisationIds, String language,
                        boolean locked)
        implements UserDetails {

    public MestaUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        organisationIds = Set.copyOf(organisationIds);
    }

    public static Optional<MestaUser> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof MestaUser user ? Optional.of(user) : Optional.empty();
    }

    public static MestaUser require() {
        return current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this person may administer the given city: network admins all, city admins their own. */
    public boolean administers(Long city) {
        return has(Role.NETWORK_ADMIN) || (has(Role.CITY_ADMIN) && city != null && city.equals(cityId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    /** A paused or locked account is refused before its password is even checked. */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        return "MestaUser[" + accountId + ", " + roles + "]";
    }
}
