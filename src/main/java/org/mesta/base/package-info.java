/**
 * What every feature builds on: entities' base class, the signed-in person, roles, mail, translations, rate
 * limits, and in {@code base.ui} the main layout and shared view helpers. An open module: features use its
 * sub-packages freely; it depends on no feature (ArchitectureTest).
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.mesta.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
