/**
 * The demo network (not in production): builds cities, people, opportunities, badges and campaigns through
 * every feature's service, so it may depend on all of them.
 */
@ApplicationModule(displayName = "Demo network")
@NullMarked
package org.mesta.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
