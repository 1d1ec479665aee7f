package org.mesta.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a badge looks, as a model (stored as JSON, rendered to SVG by {@link BadgeSvg}). The words on it
 * (title, subtitle, ribbon) belong to the badge's texts per language, so each language gets its own image.
 *
 * @param fill2 a second colour for a top-to-bottom gradient, or null for a plain fill
 * @param ribbon whether a ribbon (banner) with the ribbon text is drawn
 * @param icon a Material Design icon name (see {@link BadgeArt#icon}), or null
 * @param layers the drawing order, back to front
 */
public record BadgeDesign(
        Shape shape,
        String fill,
        String fill2,
        int borderWidth,
        String borderColor,
        boolean ribbon,
        String ribbonColor,
        String ribbonTextColor,
        Font font,
        String textColor,
        String icon,
        String iconColor,
        List<Layer> layers) {

    public enum Shape {
        CIRCLE,
        HEXAGON,
        SHIELD,
        ROUNDED_SQUARE,
        ROSETTE
    }

    /** Open-licence fonts bundled with the app; their glyphs become paths, so every viewer sees the same. */
    public enum Font {
        ATKINSON,
        NUNITO,
        ROBOTO_SLAB
    }

    public enum Layer {
        ICON,
        IMAGE,
        TEXT,
        RIBBON
    }

    public static final int MAX_BORDER = 40;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public BadgeDesign {
        shape = shape == null ? Shape.CIRCLE : shape;
        fill = colour(fill, "#1565C0");
        fill2 = fill2 == null || fill2.isBlank() ? null : colour(fill2, null);
        borderWidth = Math.max(0, Math.min(MAX_BORDER, borderWidth));
        borderColor = colour(borderColor, "#0D47A1");
        ribbonColor = colour(ribbonColor, "#FFB300");
        ribbonTextColor = colour(ribbonTextColor, "#1A1A1A");
        font = font == null ? Font.ATKINSON : font;
        textColor = colour(textColor, "#FFFFFF");
        icon = icon == null || icon.isBlank() ? null : icon.trim();
        iconColor = colour(iconColor, "#FFFFFF");
        // Every layer exactly once, in the given order, unknown ones appended.
        List<Layer> order = new ArrayList<>();
        if (layers != null)
            layers.stream().filter(l -> l != null && !order.contains(l)).forEach(order::add);
        for (Layer l : Layer.values()) if (!order.contains(l)) order.add(l);
        layers = List.copyOf(order);
    }

    private static String colour(String value, String fallback) {
        return value != null && COLOUR.matcher(value.trim()).matches()
                ? value.trim().toUpperCase(Locale.ROOT)
                : fallback;
    }

    public static BadgeDesign standard() {
        return templates().getFirst().design();
    }

    /** A starting point in the designer. */
    public record Template(String key, BadgeDesign design) {}

    /** Starting points: their names are translation keys ("badge.template." + key). */
    public static List<Template> templates() {
        List<Layer> usual = List.of(Layer.IMAGE, Layer.ICON, Layer.TEXT, Layer.RIBBON);
        return List.of(
                new Template(
                        "learning",
                        new BadgeDesign(
                                Shape.CIRCLE,
                                "#1565C0",
                                "#0B3C7D",
                                14,
                                "#FFB300",
                                true,
                                "#FFB300",
                                "#1A1A1A",
                                Font.ATKINSON,
                                "#FFFFFF",
                                "school",
                                "#FFFFFF",
                                usual)),
                new Template(
                        "wellbeing",
                        new BadgeDesign(
                                Shape.HEXAGON,
                                "#00796B",
                                "#004D40",
                                12,
                                "#B2DFDB",
                                true,
                                "#FFFFFF",
                                "#004D40",
                                Font.NUNITO,
                                "#FFFFFF",
                                "heart-pulse",
                                "#FFFFFF",
                                usual)),
                new Template(
                        "participation",
                        new BadgeDesign(
                                Shape.SHIELD,
                                "#6A1B9A",
                                null,
                                16,
                                "#FFD54F",
                                true,
                                "#FFD54F",
                                "#311B92",
                                Font.ROBOTO_SLAB,
                                "#FFFFFF",
                                "bullhorn",
                                "#FFD54F",
                                usual)),
                new Template(
                        "sustainability",
                        new BadgeDesign(
                                Shape.ROSETTE,
                                "#2E7D32",
                                "#1B5E20",
                                10,
                                "#C5E1A5",
                                false,
                                "#C5E1A5",
                                "#1B5E20",
                                Font.NUNITO,
                                "#FFFFFF",
                                "leaf",
                                "#FFFFFF",
                                usual)),
                new Template(
                        "arts",
                        new BadgeDesign(
                                Shape.ROUNDED_SQUARE,
                                "#C62828",
                                "#8E0000",
                                12,
                                "#FFFFFF",
                                true,
                                "#FFFFFF",
                                "#8E0000",
                                Font.ATKINSON,
                                "#FFFFFF",
                                "palette",
                                "#FFFFFF",
                                usual)));
    }

    public BadgeDesign withShape(Shape s) {
        return new BadgeDesign(
                s,
                fill,
                fill2,
                borderWidth,
                borderColor,
                ribbon,
                ribbonColor,
                ribbonTextColor,
                font,
                textColor,
                icon,
                iconColor,
                layers);
    }

    public BadgeDesign withFill(String f, String f2) {
        return new BadgeDesign(
                shape,
                f,
                f2,
                borderWidth,
                borderColor,
                ribbon,
                ribbonColor,
                ribbonTextColor,
                font,
                textColor,
                icon,
                iconColor,
                layers);
    }

    public BadgeDesign withBorder(int width, String colour) {
        return new BadgeDesign(
                shape,
                fill,
                fill2,
                width,
                colour,
                ribbon,
                ribbonColor,
                ribbonTextColor,
                font,
                textColor,
                icon,
                iconColor,
                layers);
    }

    public BadgeDesign withRibbon(boolean on, String colour, String textColour) {
        return new BadgeDesign(
                shape,
                fill,
                fill2,
                borderWidth,
                borderColor,
                on,
                colour,
                textColour,
                font,
                textColor,
                icon,
                iconColor,
                layers);
    }

    public BadgeDesign withText(Font f, String colour) {
        return new BadgeDesign(
                shape,
                fill,
                fill2,
                borderWidth,
                borderColor,
                ribbon,
                ribbonColor,
                ribbonTextColor,
                f,
                colour,
                icon,
                iconColor,
                layers);
    }

    public BadgeDesign withIcon(String name, String colour) {
        return new BadgeDesign(
                shape,
                fill,
                fill2,
                borderWidth,
                borderColor,
                ribbon,
                ribbonColor,
                ribbonTextColor,
                font,
                textColor,
                name,
                colour,
                layers);
    }

    public BadgeDesign withLayers(List<Layer> order) {
        return new BadgeDesign(
                shape,
                fill,
                fill2,
                borderWidth,
                borderColor,
                ribbon,
                ribbonColor,
                ribbonTextColor,
                font,
                textColor,
                icon,
                iconColor,
                order);
    }

    /** Moves a layer one step towards the front (+1) or the back (-1). */
    public BadgeDesign moveLayer(Layer layer, int step) {
        List<Layer> order = new ArrayList<>(layers);
        int i = order.indexOf(layer), j = Math.max(0, Math.min(order.size() - 1, i + step));
        order.remove(i);
        order.add(j, layer);
        return withLayers(order);
    }

    // ---- contrast (WCAG 2.1) ----

    /** A pair of colours whose contrast is below what WCAG AA asks of large text (3:1), with its ratio. */
    public record ContrastProblem(String part, double ratio) {}

    public List<ContrastProblem> contrastProblems() {
        List<ContrastProblem> problems = new ArrayList<>();
        double text = Math.min(contrast(textColor, fill), fill2 == null ? 99 : contrast(textColor, fill2));
        if (text < 3) problems.add(new ContrastProblem("text", text));
        if (icon != null) {
            double iconRatio = Math.min(contrast(iconColor, fill), fill2 == null ? 99 : contrast(iconColor, fill2));
            if (iconRatio < 3) problems.add(new ContrastProblem("icon", iconRatio));
        }
        if (ribbon && contrast(ribbonTextColor, ribbonColor) < 4.5) {
            problems.add(new ContrastProblem("ribbon", contrast(ribbonTextColor, ribbonColor)));
        }
        return problems;
    }

    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
