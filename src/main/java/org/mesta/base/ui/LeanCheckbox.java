package org.mesta.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.Uses;

/**
 * A {@code vaadin-checkbox} for a filter on a public page or a yes/no in a form (#17): the web component's own
 * {@code checked}, label and helper text, one node of the session's state with one listener, instead of Vaadin's
 * {@link Checkbox} with its label component, indeterminate state and listeners, several KB per box and visitor.
 */
@Tag("vaadin-checkbox")
@Uses(Checkbox.class)
public class LeanCheckbox extends AbstractSinglePropertyField<LeanCheckbox, Boolean> implements HasLabel, HasHelper {

    public LeanCheckbox() {
        super("checked", false, false);
    }
}
