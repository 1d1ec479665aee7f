/**
 * Accounts, sign-in, registration, invitations, memberships (AccountService); the map's tile servers go into
 * the content security policy.
 */
@ApplicationModule(
        displayName = "Accounts and security",
        allowedDependencies = {"base", "city", "map"})
@NullMarked
package org.mesta.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
