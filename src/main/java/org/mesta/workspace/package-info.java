/**
 * Where each role lands: the screens that bring the features together. On top of every module and its
 * ui named interface, so no allowed dependencies are listed.
 */
@ApplicationModule(displayName = "Workspaces")
package org.mesta.workspace;

import org.springframework.modulith.ApplicationModule;
