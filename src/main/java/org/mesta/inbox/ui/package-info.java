/** The inbox feature's screens; workspaces and menus open them, so they are a named interface of the module. */
@NamedInterface("ui")
package org.mesta.inbox.ui;

import org.springframework.modulith.NamedInterface;
