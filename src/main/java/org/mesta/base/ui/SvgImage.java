package org.mesta.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * An SVG drawn by the server (a badge, a QR code) shown at a given size. The markup must be our own: it is
 * set as the box's content, so it must never carry text a person typed without escaping it.
 */
public class SvgImage extends Div {

    public SvgImage(String svg, String size) {
        addClassName("mesta-svg");
        setWidth(size);
        setHeight(size);
        setSvg(svg);
    }

    public void setSvg(String svg) {
        getElement().setProperty("innerHTML", svg);
    }

    public String getSvg() {
        return getElement().getProperty("innerHTML", "");
    }
}
