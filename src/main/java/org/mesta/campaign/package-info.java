/**
 * Young ambassadors' campaigns (CampaignService): the board, the library, reaching out. A public event goes
 * through opportunity moderation and the city's campaign badge is awarded through badge.
 */
@ApplicationModule(displayName = "Campaigns", allowedDependencies = {"base", "city", "map", "security", "opportunity", "badge"})
package org.mesta.campaign;

import org.springframework.modulith.ApplicationModule;
