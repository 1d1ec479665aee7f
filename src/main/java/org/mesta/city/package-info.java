/**
 * The network: cities and their organisations (CityService).
 */
@ApplicationModule(displayName = "Cities and organisations", allowedDependencies = "base")
@NullMarked
package org.mesta.city;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
