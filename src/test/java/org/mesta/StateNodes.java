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

    /**
     * The DOM events each element listens to, with how many details each asks the browser for ("tag: click(10),
     * value-changed(0)"), for the elements that listen to any: listeners are the heaviest part of a node.
     */
    public static Map<String, Integer> listeners(UI ui) {
        Map<String, Integer> found = new TreeMap<>();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree((StateNode node) -> {
            if (!node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)) return;
            var map = node.getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class);
            if (map.isEmpty()) return;
            String tag = "(other)";
            try {
                tag = Element.get(node).getTag();
            } catch (RuntimeException notAnElement) {
                // not an element's node
            }
            StringBuilder events = new StringBuilder(tag);
            if (System.getProperty("mesta.nodes.debug") != null) {
                String html = Element.get(node).getOuterHTML().replaceAll("\\s+", " ");
                events.append('[').append(html, 0, Math.min(html.length(), 80)).append(']');
            }
            events.append(':');
            try {
                var field = map.get().getClass().getDeclaredField("listeners");
                field.setAccessible(true);
                var listeners = (Map<?, ?>) field.get(map.get());
                if (listeners == null) return;
                for (Object key : listeners.keySet()) {
                    events.append(' ')
                            .append(key)
                            .append('(')
                            .append(map.get().getExpressions((String) key).size())
                            .append(')');
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            found.merge(events.toString(), 1, Integer::sum);
        });
        return found;
    }

    public static int total(Map<String, Integer> byTag) {
        return byTag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
