/**
 * Opportunities, their lifecycle and moderation, the public read side and feeds (OpportunityService); an
 * opportunity may name the badge it leads to.
 */
@ApplicationModule(
        displayName = "Opportunities",
        allowedDependencies = {"base", "city", "map", "badge"})
@NullMarked
package org.mesta.opportunity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
