package org.mesta.badge;

/** A badge's words in one language: on the image (name, subtitle, ribbon) and about it. */
public record BadgeTexts(
        String name, String subtitle, String ribbon, String description, String criteria, String imageAlt) {

    public BadgeTexts {
        name = clean(name);
        subtitle = clean(subtitle);
        ribbon = clean(ribbon);
        description = clean(description);
        criteria = clean(criteria);
        imageAlt = clean(imageAlt);
    }

    public static BadgeTexts empty() {
        return new BadgeTexts("", "", "", "", "", "");
    }

    public boolean isEmpty() {
        return name.isEmpty() && subtitle.isEmpty() && ribbon.isEmpty() && description.isEmpty() && criteria.isEmpty();
    }

    public BadgeSvg.Words words() {
        return new BadgeSvg.Words(name, subtitle, ribbon, imageAlt.isEmpty() ? name : imageAlt);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
