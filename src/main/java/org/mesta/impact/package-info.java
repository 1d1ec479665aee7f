/**
 * Impact: what a city and the network can show of their work, computed by aggregate queries over the other
 * features' tables (a reporting read model), with the figures a city chose to publish. The awards, a million at the
 * network's size, are read through rollups kept per badge and month and per city and month (RollupUpkeep).
 */
@ApplicationModule(
        displayName = "Impact",
        allowedDependencies = {"base", "city", "opportunity", "badge", "wallet", "campaign"})
@NullMarked
package org.mesta.impact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
