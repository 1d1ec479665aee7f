package org.mesta.base.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parts of a page that only show something (a list's cards, a menu item's words) drawn as HTML inside one element
 * instead of as components (#17): every component is a node of the UI's state tree, kept in the session for as long
 * as it lives, and a list of twenty cards of a dozen components each was most of a visit's memory. Built with jsoup,
 * so every text and attribute is escaped; nothing inside can react on the server (links are followed by the browser).
 */
public final class Markup {

    private Markup() {}

    /** An element to build the markup in (its own document, written without pretty-printing whitespace). */
    public static Element root() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return document.body().appendElement("div");
    }

    /**
     * Shows what was built inside {@code root} as the component's content, replacing what it showed before.
     *
     * <p>The HTML is interned: visitors who see the same card in the same language share one string instead of each
     * session keeping its own copy (a page of cards was about half of an anonymous visit's memory). The JVM's string
     * table holds its strings weakly, so a card nobody shows any more is collected.
     */
    public static void draw(Component component, Element root) {
        component.getElement().setProperty("innerHTML", root.html().intern());
    }

    /** The HTML a component shows, as drawn by {@link #draw}, parsed again (tests read it as a browser would). */
    public static Element drawn(Component component) {
        return Jsoup.parseBodyFragment(component.getElement().getProperty("innerHTML", ""))
                .body();
    }
}
