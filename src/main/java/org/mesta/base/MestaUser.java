package org.mesta.base;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as every feature sees them: who they are, their roles, and the city and
 * organisations that scope what they may see. Lives in base so features need not depend on the
 * security feature to scope their queries.
 * <p>
 * {@code organisationRoles} maps each organisation to the person's role there by name (ADMIN, EDITOR, ISSUER of
 * security's {@code OrganisationRole}; base cannot see that enum). {@code sessionGeneration} is the account's
 * generation at sign-in: a later change to roles, memberships, city or password ends this session.
 */
public record MestaUser(
        long accountId,
        String email,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        Long cityId,
        Map<Long, String> organisationRoles,
        String language,
        boolean locked,
        int sessionGeneration)
        implements UserDetails {

    public static final String ORG_ADMIN = "ADMIN";
    public static final String ORG_EDITOR = "EDITOR";
    public static final String ORG_ISSUER = "ISSUER";

    public MestaUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        organisationRoles = Map.copyOf(organisationRoles);
    }

    /** The organisations this person acts for, whatever their role there. */
    public Set<Long> organisationIds() {
        return organisationRoles.keySet();
    }

    /** Manages the organisation's members. */
    public boolean managesMembersOf(Long organisationId) {
        return ORG_ADMIN.equals(organisationRoles.get(organisationId));
    }

    /** Writes the organisation's opportunities and designs its badges (editors and admins). */
    public boolean editsFor(Long organisationId) {
        String role = organisationRoles.get(organisationId);
        return ORG_ADMIN.equals(role) || ORG_EDITOR.equals(role);
    }

    /** Issues the organisation's badges and reviews applications for them (issuers and admins). */
    public boolean issuesFor(Long organisationId) {
        String role = organisationRoles.get(organisationId);
        return ORG_ADMIN.equals(role) || ORG_ISSUER.equals(role);
    }

    public static Optional<MestaUser> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof MestaUser user ? Optional.of(user) : Optional.empty();
    }

    public static MestaUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
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
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
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
