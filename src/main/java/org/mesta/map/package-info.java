/**
 * Places on a map: GeoPoint, the OpenLayers component and its picker field, place search.
 */
@ApplicationModule(displayName = "Map", allowedDependencies = "base")
package org.mesta.map;

import org.springframework.modulith.ApplicationModule;
