package org.mesta.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body of an error page: a titled explanation and the way back, all translated. */
final class ErrorPage {

    private ErrorPage() {}

    static void show(VerticalLayout page, String titleId, String title, String text) {
        page.removeAll();
        H2 heading = new H2(title);
        heading.setId(titleId);
        page.add(heading, new Paragraph(text), new Anchor("", page.getTranslation("error.forbidden.home")));
    }
}
