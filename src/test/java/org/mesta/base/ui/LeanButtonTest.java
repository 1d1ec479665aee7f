package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lean button asks the browser for nothing of a click (Vaadin's Button asks for ten details, listened to or not),
 * and its listeners hear clicks from the browser and from the server.
 */
class LeanButtonTest {

    @Test
    void a_click_in_the_browser_or_on_the_server_reaches_the_listeners_and_asks_for_no_details() {
        List<Boolean> clicks = new ArrayList<>();
        LeanButton button = new LeanButton("Show more", e -> clicks.add(e.isFromClient()));
        ElementListenerMap listeners = button.getElement().getNode().getFeature(ElementListenerMap.class);

        assertThat(listeners.getExpressions("click"))
                .as("details asked of the browser")
                .isEmpty();

        listeners.fireEvent(new DomEvent(button.getElement(), "click", JacksonUtils.createObjectNode()));
        ComponentUtil.fireEvent(button, new LeanButton.Pressed(button, false));
        assertThat(clicks).containsExactly(true, false);
    }

    @Test
    void shows_its_words_after_its_icon_and_changes_them_in_place() {
        LeanButton button = new LeanButton("Map");
        button.setIcon(VaadinIcon.MAP_MARKER.create());
        button.setText("Zemljevid");
        button.setIcon(VaadinIcon.LIST.create());

        assertThat(button.getText()).isEqualTo("Zemljevid");
        assertThat(button.getElement().getChildCount())
                .as("one icon and the words")
                .isEqualTo(2);
        assertThat(button.getElement().getChild(0).getAttribute("slot")).isEqualTo("prefix");
        assertThat(button.getElement().getChild(0).getAttribute("icon")).isEqualTo("vaadin:list");
        assertThat(button.getElement().getTextRecursively()).isEqualTo("Zemljevid");
    }
}
