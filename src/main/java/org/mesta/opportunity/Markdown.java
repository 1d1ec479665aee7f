package org.mesta.opportunity;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Descriptions are Markdown: rendered, then cleaned to a small safe subset (paragraphs, emphasis, lists,
 * links), so no raw HTML or script a provider types ever reaches a reader.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).build();
    private static final Safelist SAFE = new Safelist()
            .addTags("p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "code")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private Markdown() {}

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown))
                .replace("<h1>", "<h3>")
                .replace("</h1>", "</h3>")
                .replace("<h2>", "<h3>")
                .replace("</h2>", "</h3>");
        return Jsoup.clean(html, SAFE);
    }
}
