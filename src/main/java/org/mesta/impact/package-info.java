/**
 * Impact: what a city and the network can show of their work, computed by aggregate queries over the other
 * features' tables (a reporting read model), with the figures a city chose to publish.
 */
@ApplicationModule(
        displayName = "Impact",
        allowedDependencies = {"base", "city", "opportunity", "badge", "campaign"})
@NullMarked
package org.mesta.impact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
