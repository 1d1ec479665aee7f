package org.mesta.base.ui;

/**
 * What a shared link's preview shows (Open Graph and Twitter card) and where the page canonically lives. Paths
 * are relative to the site ({@code opportunities/12}, {@code /api/opportunities/12/image.jpg}); the base URL is
 * added once, by {@link LinkPreviews}.
 *
 * @param path       the page's canonical path without the leading slash ("" is the front page)
 * @param imagePath  a PNG or JPEG on this site, or null for the site's own picture
 * @param largeImage whether the picture is a wide photo (a large card) rather than a square badge or logo
 * @param indexable  false for pages people share but search engines should not list (a person's award)
 */
public record PageMeta(
        String title,
        String description,
        String path,
        String imagePath,
        String imageAlt,
        String language,
        boolean largeImage,
        boolean indexable) {

    /** At most this much of a description travels in a preview (messengers show two or three lines). */
    static final int DESCRIPTION_CHARS = 200;

    public PageMeta {
        title = title == null ? "" : title.strip();
        description = clip(plain(description == null ? "" : description));
    }

    /** Markdown marks and line breaks do not belong in a one-paragraph preview. */
    private static String plain(String text) {
        return text.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("[*_#>`]+", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String clip(String text) {
        if (text.length() <= DESCRIPTION_CHARS) return text;
        int cut = text.lastIndexOf(' ', DESCRIPTION_CHARS - 1);
        return text.substring(0, cut > DESCRIPTION_CHARS / 2 ? cut : DESCRIPTION_CHARS - 1) + "…";
    }
}
