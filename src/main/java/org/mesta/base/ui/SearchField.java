package org.mesta.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box of the list screens: labelled for screen readers, searching as the person types. */
public final class SearchField {

    private SearchField() {}

    public static TextField configure(TextField field, String ariaLabel, Runnable onChange) {
        field.setPlaceholder(field.getTranslation("action.search"));
        field.setAriaLabel(ariaLabel);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> onChange.run());
        return field;
    }
}
