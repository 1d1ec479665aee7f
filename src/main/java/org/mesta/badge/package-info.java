/**
 * Badge classes and their design (BadgeService); issuing (AwardService), applications (BadgeApplicationService),
 * Open Badges and verification (OpenBadgesService), a person's badges (MyBadgesService). Awards to the organisation's members' accounts, so it builds on security.
 */
@ApplicationModule(
        displayName = "Badges",
        allowedDependencies = {"base", "city", "security"})
@NullMarked
package org.mesta.badge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
