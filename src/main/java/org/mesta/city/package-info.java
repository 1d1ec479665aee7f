/**
 * The network: cities and their organisations (CityService).
 */
@ApplicationModule(displayName = "Cities and organisations", allowedDependencies = "base")
package org.mesta.city;

import org.springframework.modulith.ApplicationModule;
