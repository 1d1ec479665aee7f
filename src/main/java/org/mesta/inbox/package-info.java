/**
 * In-app notices (InboxService): listens to the events of opportunity, badge and campaign; nothing depends on it
 * but the screens.
 */
@ApplicationModule(
        displayName = "Inbox",
        allowedDependencies = {"base", "opportunity", "badge", "campaign", "pathway"})
@NullMarked
package org.mesta.inbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
