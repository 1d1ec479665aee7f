package org.mesta.badge;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;

/**
 * Draws a badge design as a self-contained 512 × 512 SVG: shapes, gradient, border, icon and ribbon, and the
 * words as outlines of the bundled fonts (no fonts or links needed to show it, the same everywhere). The
 * text alternative is the SVG's title.
 */
public final class BadgeSvg {

    public static final int SIZE = 512;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private BadgeSvg() {}

    /** The words a badge carries in one language; any may be blank. */
    public record Words(String title, String subtitle, String ribbon, String alt) {}

    public static String render(BadgeDesign d, Words w) {
        return render(d, w, null);
    }

    /** @param imageDataUri an uploaded picture (already checked) as a data: URI, or null */
    public static String render(BadgeDesign d, Words w, String imageDataUri) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(
                        " viewBox=\"0 0 512 512\" width=\"512\" height=\"512\" role=\"img\" aria-labelledby=\"badge-title\">")
                .append("<title id=\"badge-title\">")
                .append(escape(blankToEmpty(w.alt())))
                .append("</title>");
        String outline = outline(d.shape());
        svg.append("<defs>");
        if (d.fill2() != null) {
            svg.append(
                            "<linearGradient id=\"fill\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"")
                    .append(d.fill())
                    .append("\"/><stop offset=\"1\" stop-color=\"")
                    .append(d.fill2())
                    .append("\"/></linearGradient>");
        }
        svg.append("<clipPath id=\"inside\"><path d=\"").append(outline).append("\"/></clipPath></defs>");
        svg.append("<path d=\"")
                .append(outline)
                .append("\" fill=\"")
                .append(d.fill2() != null ? "url(#fill)" : d.fill())
                .append("\"/>");
        boolean hasIcon = BadgeArt.icon(d.icon()).isPresent() || imageDataUri != null;
        for (BadgeDesign.Layer layer : d.layers()) {
            switch (layer) {
                case IMAGE -> {
                    if (imageDataUri != null) {
                        svg.append("<image clip-path=\"url(#inside)\" x=\"156\" y=\"70\" width=\"200\" height=\"200\"")
                                .append(" preserveAspectRatio=\"xMidYMid meet\" href=\"")
                                .append(escape(imageDataUri))
                                .append("\"/>");
                    }
                }
                case ICON ->
                    BadgeArt.icon(d.icon())
                            .ifPresent(path -> svg.append("<path transform=\"translate(")
                                    .append(imageDataUri != null ? "196 190) scale(5)" : "181 80) scale(6.25)")
                                    .append("\" fill=\"")
                                    .append(d.iconColor())
                                    .append("\" d=\"")
                                    .append(path)
                                    .append("\"/>"));
                case TEXT -> {
                    double titleBaseline = hasIcon ? 305 : 250;
                    text(
                            svg,
                            w.title(),
                            BadgeArt.font(d.font(), true, w.title()),
                            54,
                            26,
                            titleBaseline,
                            372,
                            d.textColor());
                    text(
                            svg,
                            w.subtitle(),
                            BadgeArt.font(d.font(), false, w.subtitle()),
                            30,
                            18,
                            titleBaseline + 42,
                            340,
                            d.textColor());
                }
                case RIBBON -> {
                    if (d.ribbon()) {
                        svg.append("<path fill=\"")
                                .append(d.ribbonColor())
                                .append("\" stroke=\"#000\" stroke-opacity=\"0.15\" stroke-width=\"2\"")
                                .append(" d=\"M20 372 H492 L468 408 L492 444 H20 L44 408 Z\"/>");
                        text(
                                svg,
                                w.ribbon(),
                                BadgeArt.font(d.font(), true, w.ribbon()),
                                34,
                                18,
                                420,
                                390,
                                d.ribbonTextColor());
                    }
                }
            }
        }
        if (d.borderWidth() > 0) {
            svg.append("<path d=\"")
                    .append(outline)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(d.borderColor())
                    .append("\" stroke-width=\"")
                    .append(d.borderWidth())
                    .append("\" stroke-linejoin=\"round\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** The badge's outline, inset so a border up to {@link BadgeDesign#MAX_BORDER} stays inside the image. */
    static String outline(BadgeDesign.Shape shape) {
        return switch (shape) {
            case CIRCLE -> "M256 24A232 232 0 1 1 256 488A232 232 0 1 1 256 24Z";
            case HEXAGON -> polygon(6, 236, 236, -90);
            case SHIELD -> "M256 24L464 84V246C464 376 370 456 256 490C142 456 48 376 48 246V84Z";
            case ROUNDED_SQUARE ->
                "M100 28H412A72 72 0 0 1 484 100V412A72 72 0 0 1 412 484H100A72 72 0 0 1 28 412V100A72 72 0 0 1 100 28Z";
            case ROSETTE -> polygon(32, 234, 210, -90);
        };
    }

    /** A regular polygon (outer == inner) or a star/rosette alternating two radii. */
    private static String polygon(int points, double outer, double inner, double startDegrees) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < points; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.toRadians(startDegrees + 360.0 * i / points);
            p.append(i == 0 ? 'M' : 'L')
                    .append(num(256 + r * Math.cos(a)))
                    .append(' ')
                    .append(num(256 + r * Math.sin(a)));
        }
        return p.append('Z').toString();
    }

    /** One line of words as glyph outlines, centred, shrunk to fit the width (and shortened with … if need be). */
    private static void text(
            StringBuilder svg,
            String words,
            Font font,
            float size,
            float minSize,
            double baseline,
            double maxWidth,
            String colour) {
        if (words == null || words.isBlank()) return;
        String line = words.strip();
        Font f = font.deriveFont(size);
        GlyphVector gv = glyphs(f, line);
        while (gv.getLogicalBounds().getWidth() > maxWidth && size > minSize) {
            size -= 2;
            f = font.deriveFont(size);
            gv = glyphs(f, line);
        }
        while (gv.getLogicalBounds().getWidth() > maxWidth && line.length() > 1) {
            line = line.substring(0, line.length() - 1).strip();
            gv = glyphs(f, line + "…");
        }
        Rectangle2D bounds = gv.getLogicalBounds();
        Shape shape = gv.getOutline((float) (256 - bounds.getWidth() / 2 - bounds.getX()), (float) baseline);
        svg.append("<path fill=\"").append(colour).append("\" d=\"");
        path(svg, shape);
        svg.append("\"/>");
    }

    private static GlyphVector glyphs(Font f, String text) {
        char[] chars = text.toCharArray();
        return f.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    }

    private static void path(StringBuilder out, Shape shape) {
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO ->
                    out.append('M').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_LINETO ->
                    out.append('L').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_QUADTO ->
                    out.append('Q')
                            .append(num(c[0]))
                            .append(' ')
                            .append(num(c[1]))
                            .append(' ')
                            .append(num(c[2]))
                            .append(' ')
                            .append(num(c[3]));
                case PathIterator.SEG_CUBICTO ->
                    out.append('C')
                            .append(num(c[0]))
                            .append(' ')
                            .append(num(c[1]))
                            .append(' ')
                            .append(num(c[2]))
                            .append(' ')
                            .append(num(c[3]))
                            .append(' ')
                            .append(num(c[4]))
                            .append(' ')
                            .append(num(c[5]));
                case PathIterator.SEG_CLOSE -> out.append('Z');
                default -> {}
            }
        }
    }

    /** One decimal is a fiftieth of a pixel at 512: plenty, and it keeps the SVG small. */
    private static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
