package org.mesta.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A select of an enum's values (with "any" for none) whose options live in the browser (#17).
 *
 * <p>Vaadin's {@link Select} makes each option a component: an option is two or three nodes of the UI's state tree,
 * kept in the session for as long as the page is open, and the city page's four filters were 80 of an anonymous
 * visit's 190 nodes. This one is a single {@code vaadin-select} element given the same web component's {@code items}
 * property: the browser draws the same options (role option, keyboard, label) from a JSON array, and that array is
 * shared by every session that shows the same options in the same language instead of each keeping its own.
 */
@Tag("vaadin-select")
@Uses(Select.class) // the same web component and its theme, in the production bundle
public class EnumSelect<E extends Enum<E>> extends AbstractSinglePropertyField<EnumSelect<E>, E>
        implements HasLabel, HasSize {

    /** One array per distinct list of options (an enum in a language): a few dozen in all, never per visitor. */
    private static final Map<String, ArrayNode> SHARED = new ConcurrentHashMap<>();

    private static final int MOST_SHARED = 1000;

    private final Class<E> type;

    public EnumSelect(Class<E> type) {
        super("value", null, String.class, key -> parse(type, key), value -> value == null ? "" : value.name());
        this.type = type;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String key) {
        if (key == null || key.isEmpty()) return null;
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException unknown) {
            return null; // a value the browser made up is no choice
        }
    }

    /** The options: "any" (no value) first, then every value of the enum, in its order, with its label. */
    public void setOptions(String any, Function<E, String> label) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        items.addObject().put("label", any).put("value", "");
        for (E value : type.getEnumConstants()) {
            items.addObject().put("label", label.apply(value)).put("value", value.name());
        }
        String key = type.getName() + items;
        ArrayNode shared = SHARED.size() < MOST_SHARED ? SHARED.computeIfAbsent(key, k -> items) : items;
        getElement().setPropertyJson("items", shared);
        // The browser shows the placeholder while nothing is chosen (the "any" option has no value to match).
        getElement().setProperty("placeholder", any);
    }

    /** The options' labels as the browser shows them, "any" first. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (getElement().getPropertyRaw("items") instanceof ArrayNode items) {
            items.forEach(item -> labels.add(item.get("label").asString()));
        }
        return labels;
    }
}
