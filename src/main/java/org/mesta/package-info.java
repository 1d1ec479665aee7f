@NullMarked
package org.mesta;

import org.jspecify.annotations.NullMarked;
