package org.mesta.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A framed part of the campaign page with its heading first (what screen-reader users jump between). */
class Section extends Div {

    final H2 heading = new H2();

    /** The heading's translation key; null when the section words its heading itself. */
    Section(String headingKey) {
        addClassName("campaign-section");
        if (headingKey != null) heading.setText(getTranslation(headingKey));
        this.heading.addClassNames(LumoUtility.FontSize.LARGE);
        add(this.heading);
    }
}
