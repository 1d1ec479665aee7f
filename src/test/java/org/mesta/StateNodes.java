package org.mesta;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How much of a UI's state tree a page or a part of it holds (#17): each node stays in the session's memory as long
 * as the page is open, so the number is a page's weight on the server, free of the timing noise a heap reading has.
 */
public final class StateNodes {

    private StateNodes() {}

    /** The nodes under (and including) a component's element. */
    public static int in(Component component) {
        AtomicInteger nodes = new AtomicInteger();
        component.getElement().getNode().visitNodeTree(n -> nodes.incrementAndGet());
        return nodes.get();
    }

    /** All nodes of the UI, by element tag (others, such as a template's or a feature's own, as "(other)"). */
    public static Map<String, Integer> byTag(UI ui) {
        Map<String, Integer> byTag = new TreeMap<>();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree((StateNode node) -> {
            String tag = "(other)";
            try {
                tag = Element.get(node).getTag();
            } catch (RuntimeException notAnElement) {
                // not an element's node
            }
            byTag.merge(tag, 1, Integer::sum);
        });
        return byTag;
    }

    public static int total(Map<String, Integer> byTag) {
        return byTag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
