package org.mesta.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/**
 * A {@code vaadin-integer-field} for a filter on a public page (#17): one node of the session's state, told its
 * value when the reader commits it (Enter or leaving the field), instead of Vaadin's validating {@link IntegerField}
 * with its listeners, several KB per field and visitor. The browser keeps the input to a number and marks one out of
 * range; the server takes only a whole number within the range, anything else is no number.
 */
@Tag("vaadin-integer-field")
@Uses(IntegerField.class)
public class LeanIntegerField extends AbstractSinglePropertyField<LeanIntegerField, Integer>
        implements HasLabel, HasSize {

    private final int min;
    private final int max;

    public LeanIntegerField(int min, int max) {
        super(
                "value",
                null,
                String.class,
                LeanIntegerField::parse,
                (field, number) -> number == null ? "" : "" + number);
        this.min = min;
        this.max = max;
        getElement().setProperty("min", min);
        getElement().setProperty("max", max);
        setSynchronizedEvent("change");
    }

    private static @Nullable Integer parse(LeanIntegerField field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            int number = Integer.parseInt(text.trim());
            return number < field.min || number > field.max ? null : number;
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }
}
