/**
 * The learner's wallet: the badges they hold (ours, waiting to be accepted or accepted, and ones earned elsewhere),
 * who may see each one, collections, the public profile, import and export (WalletService and its siblings). Builds
 * on badge for the awards and their credentials.
 */
@ApplicationModule(
        displayName = "Wallet",
        allowedDependencies = {"base", "city", "security", "badge"})
@NullMarked
package org.mesta.wallet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
