/**
 * Where each role lands: the screens that bring the features together. On top of every module and its
 * ui named interface, so no allowed dependencies are listed.
 */
@ApplicationModule(displayName = "Workspaces")
@NullMarked
package org.mesta.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
