@NullMarked
package org.mesta.map.ui;

import org.jspecify.annotations.NullMarked;
