/**
 * Young ambassadors' campaigns (CampaignService): the board, the library, reaching out. A public event goes
 * through opportunity moderation and the city's campaign badge is awarded through badge.
 */
@ApplicationModule(
        displayName = "Campaigns",
        allowedDependencies = {"base", "city", "map", "security", "opportunity", "badge"})
@NullMarked
package org.mesta.campaign;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
