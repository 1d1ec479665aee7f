/**
 * Badge classes and their design (BadgeService); issuing, applications, Open Badges and verification
 * (AwardService). Awards to the organisation's members' accounts, so it builds on security.
 */
@ApplicationModule(displayName = "Badges", allowedDependencies = {"base", "city", "security"})
package org.mesta.badge;

import org.springframework.modulith.ApplicationModule;
