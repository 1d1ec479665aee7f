package org.mesta.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A control a feature adds to the header for signed-in people (e.g. the inbox bell), so the layout need not
 * know the features. Implementations are Spring beans; {@link #create()} makes a new component per screen.
 */
public interface HeaderTool {

    /** Empty when this person has no use for the tool. */
    Optional<Component> create();
}
