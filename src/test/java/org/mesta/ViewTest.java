package org.mesta;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.mesta.base.ui.EnumSelect;
import org.mesta.base.ui.LeanButton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.node.ArrayNode;

/** Browserless view tests: the real Spring context, a simulated browser, people signed in as demo accounts. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected UserDetailsService users;

    protected void login(String email) {
        SignedIn.as(users, email);
    }

    protected void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    protected void slovenian() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sl"));
    }

    protected List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    /**
     * The component's text as a reader gets it, including parts drawn as markup ({@code innerHTML}, as the city's
     * cards and the board's are, #17).
     */
    protected String text(Component c) {
        return text(c.getElement());
    }

    private static String text(Element e) {
        if (e.isTextNode()) return e.getText();
        if (e.hasProperty("innerHTML")) {
            return Jsoup.parseBodyFragment(e.getProperty("innerHTML", "")).text();
        }
        return e.getChildren().map(ViewTest::text).collect(Collectors.joining());
    }

    /**
     * Chooses the option with this label in an {@link EnumSelect} as a person would: the browser sets the element's
     * value to that option's, and the field reads it back.
     */
    protected static void choose(EnumSelect<?> select, String label) {
        ArrayNode items = (ArrayNode) select.getElement().getPropertyRaw("items");
        String value = JacksonUtils.stream(items)
                .filter(item -> item.get("label").asString().equals(label))
                .map(item -> item.get("value").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + select.labels()));
        select.getElement().setProperty("value", value);
    }

    /**
     * Commits a value to a lean field as its browser does (base/ui's Lean* fields): the web component's own property,
     * in the web component's own form ("2026-12-24", "17", true, a list of a checkbox group's keys), for the server to
     * read.
     */
    protected static void commit(
            com.vaadin.flow.component.AbstractSinglePropertyField<?, ?> field, String property, Object value) {
        assertThat(field.isVisible()).as("shown").isTrue();
        switch (value) {
            case Boolean b -> field.getElement().setProperty(property, b);
            case Integer i -> field.getElement().setProperty(property, i);
            case java.util.List<?> keys -> {
                var array = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                keys.forEach(k -> array.add(k.toString()));
                field.getElement().setPropertyJson(property, array);
            }
            default -> field.getElement().setProperty(property, value.toString());
        }
    }

    /**
     * Clicks a {@link LeanButton} as a person would: only when it is shown and enabled (with its parents), and as the
     * browser reports it, a DOM click without details.
     */
    protected static void click(LeanButton button) {
        for (com.vaadin.flow.component.Component c = button;
                c != null;
                c = c.getParent().orElse(null)) {
            assertThat(c.isVisible()).as("shown: " + c).isTrue();
        }
        assertThat(button.isEnabled()).as("enabled").isTrue();
        button.getElement()
                .getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(
                        button.getElement(), "click", JacksonUtils.createObjectNode()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
