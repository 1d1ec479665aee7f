/** The wallet's screens; workspaces and menus open them, so they are a named interface of the module. */
@NamedInterface("ui")
@NullMarked
package org.mesta.wallet.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
