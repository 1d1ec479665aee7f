@NullMarked
package org.mesta.inbox.ui;

import org.jspecify.annotations.NullMarked;
