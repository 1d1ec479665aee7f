/** The badge feature's screens; workspaces and menus open them, so they are a named interface of the module. */
@NamedInterface("ui")
package org.mesta.badge.ui;

import org.springframework.modulith.NamedInterface;
