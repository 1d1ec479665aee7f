package org.mesta.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A {@code vaadin-checkbox-group} whose boxes are markup (#17): the same web component (a labelled group, each box
 * a checkbox with its label, Space to tick), one node of the session's state with one listener, instead of Vaadin's
 * {@link CheckboxGroup}, whose every box is a component listening for two events. The wizard's languages, access
 * features and themes were 31 such boxes. The browser keeps the boxes ticked from the group's {@code value}, the
 * keys of the chosen items; the value is the chosen items in the order of the list.
 */
@Tag("vaadin-checkbox-group")
@Uses(CheckboxGroup.class)
@Uses(Checkbox.class)
public class LeanCheckboxGroup<T> extends AbstractSinglePropertyField<LeanCheckboxGroup<T>, Set<T>>
        implements HasLabel, HasValidationProperties {

    private List<T> items = List.of();
    private Function<T, String> key = String::valueOf;

    public LeanCheckboxGroup() {
        super("value", Set.of(), ArrayNode.class, LeanCheckboxGroup::chosen, LeanCheckboxGroup::keys);
    }

    /** The boxes: one per item, its key sent to the browser and back, its label as shown (before any value). */
    public void setItems(Collection<T> choices, Function<T, String> keyOf, Function<T, String> label) {
        items = List.copyOf(choices);
        key = keyOf;
        org.jsoup.nodes.Element root = Markup.root();
        for (T item : items) {
            root.appendElement("vaadin-checkbox")
                    .attr("value", keyOf.apply(item))
                    .attr("label", label.apply(item));
        }
        Markup.draw(this, root);
    }

    /** The items, in the order of the boxes. */
    public List<T> getItems() {
        return items;
    }

    private static <T> Set<T> chosen(LeanCheckboxGroup<T> group, ArrayNode keys) {
        Set<String> ticked = new LinkedHashSet<>();
        if (keys != null) keys.forEach(k -> ticked.add(k.asString()));
        Set<T> chosen = new LinkedHashSet<>();
        for (T item : group.items) {
            if (ticked.contains(group.key.apply(item))) chosen.add(item); // a key the browser made up is no choice
        }
        return chosen;
    }

    private static <T> ArrayNode keys(LeanCheckboxGroup<T> group, Set<T> value) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        if (value != null) {
            for (T item : group.items) {
                if (value.contains(item)) array.add(group.key.apply(item));
            }
        }
        return array;
    }
}
