/** Screens for joining, check-in and pathways; workspaces and menus open them, so they are a named interface. */
@NamedInterface("ui")
@NullMarked
package org.mesta.pathway.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
