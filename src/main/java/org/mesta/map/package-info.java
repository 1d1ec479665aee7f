/**
 * Places on a map: GeoPoint, the OpenLayers component and its picker field, place search.
 */
@ApplicationModule(displayName = "Map", allowedDependencies = "base")
@NullMarked
package org.mesta.map;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
