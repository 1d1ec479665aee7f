/** The impact dashboards: the city's, the network's and a city's public page, and the chart component. */
@NamedInterface("ui")
@NullMarked
package org.mesta.impact.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
