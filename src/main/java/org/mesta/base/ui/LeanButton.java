package org.mesta.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;

/**
 * A button whose click listeners ask the browser for nothing but the click (#17).
 *
 * <p>A {@link ClickEvent} listener has the browser send a dozen details of every click (coordinates, modifier keys,
 * button) that the listeners on the public pages never read, and keeps their list and the listener's settings in the
 * session: about 2.5 KB per button, per visitor, for as long as the page is open. Here a click is a plain DOM
 * {@code click} (the web component fires it for Enter and Space too); listeners still get a {@link ClickEvent},
 * without those details. A {@link ClickEvent} fired on the server (as browserless tests do) reaches them as well.
 */
public class LeanButton extends Button {

    /** A click on the button, with nothing of its details. */
    @DomEvent("click")
    public static class Pressed extends ComponentEvent<LeanButton> {
        public Pressed(LeanButton source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    public LeanButton() {}

    public LeanButton(String text) {
        super(text);
    }

    public LeanButton(Component icon) {
        super(icon);
    }

    public LeanButton(String text, ComponentEventListener<ClickEvent<Button>> listener) {
        super(text, listener);
    }

    public LeanButton(Component content, ComponentEventListener<ClickEvent<Button>> listener) {
        super(content, listener);
    }

    @Override
    public Registration addClickListener(ComponentEventListener<ClickEvent<Button>> listener) {
        return ComponentUtil.addListener(
                this,
                Pressed.class,
                e -> listener.onComponentEvent(
                        new ClickEvent<>(this, e.isFromClient(), 0, 0, 0, 0, 1, 0, false, false, false, false)));
    }

    @Override
    protected void fireEvent(ComponentEvent<?> event) {
        if (event instanceof ClickEvent<?> && event.getSource() == this) {
            super.fireEvent(new Pressed(this, event.isFromClient()));
        } else {
            super.fireEvent(event);
        }
    }
}
