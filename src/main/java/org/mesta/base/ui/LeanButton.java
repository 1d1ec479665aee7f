package org.mesta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.shared.HasThemeVariant;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * A {@code vaadin-button} whose clicks ask the browser for nothing but the click (#17).
 *
 * <p>Vaadin's {@link Button} listens to every click with a dozen details (coordinates, modifier keys, mouse button),
 * even when nobody listens (for its disable-on-click support): about 2.5 KB of the session per button, for as long
 * as the page is open, and the public pages and the frame around every page never read them. This is the same web
 * component with a plain DOM {@code click} listener (the component fires it for Enter and Space too), for buttons
 * that only need their text, an icon before it, themes and a click.
 */
@Tag("vaadin-button")
@Uses(Button.class)
public class LeanButton extends Component
        implements HasAriaLabel, HasEnabled, HasSize, HasStyle, Focusable<LeanButton>, HasThemeVariant<ButtonVariant> {

    /** A click on the button (from the browser, or fired on the server), with nothing of its details. */
    @DomEvent("click")
    public static class Pressed extends ComponentEvent<LeanButton> {
        public Pressed(LeanButton source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    private final Text text = new Text("");
    private @Nullable Component icon;

    public LeanButton() {
        getElement().appendChild(text.getElement());
    }

    public LeanButton(String text) {
        this();
        setText(text);
    }

    /** A button showing an icon or other content (give it an accessible name when it has no words). */
    public LeanButton(Component content) {
        this();
        getElement().appendChild(content.getElement());
    }

    public LeanButton(String text, ComponentEventListener<Pressed> listener) {
        this(text);
        addClickListener(listener);
    }

    public LeanButton(Component content, ComponentEventListener<Pressed> listener) {
        this(content);
        addClickListener(listener);
    }

    public Registration addClickListener(ComponentEventListener<Pressed> listener) {
        return ComponentUtil.addListener(this, Pressed.class, listener);
    }

    public void setText(String words) {
        text.setText(words == null ? "" : words);
    }

    public String getText() {
        return text.getText();
    }

    /** An icon before the words (the web component's prefix slot), replacing any earlier one. */
    public void setIcon(@Nullable Component newIcon) {
        if (icon != null) getElement().removeChild(icon.getElement());
        icon = newIcon;
        if (newIcon != null) {
            newIcon.getElement().setAttribute("slot", "prefix");
            getElement().insertChild(0, newIcon.getElement());
        }
    }
}
