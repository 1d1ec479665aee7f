package org.mesta.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;

/**
 * A {@code vaadin-tabs} whose tabs are markup (#17): the same web component (role tablist, arrow keys, the selected
 * tab marked for screen readers), one node of the session's state with one listener, instead of Vaadin's
 * {@link Tabs} with a component per {@link Tab}. Its value is the index of the selected tab, hidden ones included.
 */
@Tag("vaadin-tabs")
@Uses(Tabs.class)
@Uses(Tab.class)
public class LeanTabs extends AbstractSinglePropertyField<LeanTabs, Integer> implements HasAriaLabel, HasStyle {

    /** A tab as shown: its element id, its words, and whether it is there at all. */
    public record Shown(String id, String label, boolean visible) {}

    private List<Shown> shown = List.of();

    public LeanTabs() {
        super("selected", 0, false);
    }

    /** Shows these tabs (drawn anew only when something about them changed). */
    public void show(List<Shown> tabs) {
        if (tabs.equals(shown)) return;
        shown = List.copyOf(tabs);
        org.jsoup.nodes.Element root = Markup.root();
        for (Shown tab : shown) {
            org.jsoup.nodes.Element t =
                    root.appendElement("vaadin-tab").attr("id", tab.id()).text(tab.label());
            if (!tab.visible()) t.attr("hidden", true);
        }
        Markup.draw(this, root);
    }

    /** The tabs as shown now, in order. */
    public List<Shown> tabs() {
        return shown;
    }
}
