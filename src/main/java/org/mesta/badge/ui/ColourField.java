package org.mesta.badge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The browser's own colour picker (keyboard operable), labelled, reporting #RRGGBB. */
class ColourField extends Composite<Div> {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    final Input input = new Input();
    private Consumer<String> listener = v -> {};

    ColourField(String label) {
        String id = "colour-" + COUNTER.incrementAndGet();
        input.setType("color");
        input.setId(id);
        input.getStyle()
                .set("width", "3rem")
                .set("height", "2.25rem")
                .set("padding", "0")
                .set("border", "none")
                .set("background", "none")
                .set("cursor", "pointer");
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(id);
        caption.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        getContent().add(caption, input);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        input.addValueChangeListener(e -> {
            if (e.isFromClient()) listener.accept(getValue());
        });
    }

    void onChange(Consumer<String> listener) {
        this.listener = listener;
    }

    String getValue() {
        return input.getValue().toUpperCase(Locale.ROOT);
    }

    void setValue(String hex) {
        input.setValue(hex == null ? "#000000" : hex.toLowerCase(Locale.ROOT));
    }

    void setEnabled(boolean enabled) {
        input.setEnabled(enabled);
    }
}
