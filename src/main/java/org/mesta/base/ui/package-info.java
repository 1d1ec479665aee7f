@NullMarked
package org.mesta.base.ui;

import org.jspecify.annotations.NullMarked;
