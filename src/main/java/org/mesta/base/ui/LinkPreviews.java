package org.mesta.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mesta.base.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Link previews in the first HTML answer: messengers and search engines run no JavaScript, so the page's Open
 * Graph and Twitter-card meta, its canonical address and its language are written into Vaadin's index page on the
 * server, per path, from the features' {@link PageMetaSource}s. A path no feature knows gets the site's own meta.
 */
@Component
class LinkPreviews implements VaadinServiceInitListener {

    /** Longer paths are nobody's public page: they get the site's meta without asking any feature. */
    static final int MAX_PATH = 200;

    static final String SITE_IMAGE = "/api/site/preview.png";
    private static final Logger log = LoggerFactory.getLogger(LinkPreviews.class);
    private static final Map<String, String> OG_LOCALES = Map.of(
            "en", "en_GB",
            "sl", "sl_SI",
            "lt", "lt_LT",
            "sr", "sr_RS",
            "sr-Cyrl", "sr_RS",
            "hr", "hr_HR",
            "mk", "mk_MK",
            "it", "it_IT");

    private final ObjectProvider<PageMetaSource> sources;
    private final TranslationProvider translations;
    private final String baseUrl;

    LinkPreviews(
            ObjectProvider<PageMetaSource> sources,
            TranslationProvider translations,
            @Value("${mesta.base-url}") String baseUrl) {
        this.sources = sources;
        this.translations = translations;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> write(response.getDocument(), meta(response)));
    }

    private PageMeta meta(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = path(request.getPathInfo());
        Locale language = request.getHeader("Accept-Language") == null
                ? null
                : TranslationProvider.supported(request.getLocale());
        return metaFor(path, language);
    }

    PageMeta metaFor(String path, Locale language) {
        if (path != null && !path.isEmpty() && path.length() <= MAX_PATH) {
            for (PageMetaSource source : sources.orderedStream().toList()) {
                try {
                    Optional<PageMeta> meta = source.metaFor(path, language);
                    if (meta.isPresent()) return meta.get();
                } catch (RuntimeException e) {
                    // A preview is a courtesy: the page itself still loads, and shows its own error if any.
                    log.warn("No link preview for /{}: {}", path, e.toString());
                }
            }
        }
        return site(language == null ? Locale.ENGLISH : language, "".equals(path));
    }

    /** The network's own preview: the front page's, and any page without one of its own (no canonical then). */
    private PageMeta site(Locale language, boolean front) {
        return new PageMeta(
                translations.getTranslation("app.name", language) + " – "
                        + translations.getTranslation("app.tagline", language),
                translations.getTranslation("home.intro", language),
                front ? "" : null,
                null,
                translations.getTranslation("app.name", language),
                TranslationProvider.tag(language),
                false,
                true);
    }

    void write(Document document, PageMeta meta) {
        // <html lang> is the language the page itself is shown in (LanguagePreference); og:locale is the preview's.
        Element head = document.head();
        if (document.title().isBlank()) document.title(meta.title());
        property(
                head,
                "og:site_name",
                translations.getTranslation("app.name", TranslationProvider.locale(meta.language())));
        property(head, "og:type", "website");
        property(head, "og:title", meta.title());
        property(head, "og:description", meta.description());
        property(head, "og:locale", OG_LOCALES.getOrDefault(meta.language(), meta.language()));
        String image = baseUrl + (meta.imagePath() == null ? SITE_IMAGE : meta.imagePath());
        property(head, "og:image", image);
        property(head, "og:image:alt", meta.imageAlt());
        name(head, "description", meta.description());
        name(head, "twitter:card", meta.largeImage() ? "summary_large_image" : "summary");
        name(head, "twitter:title", meta.title());
        name(head, "twitter:description", meta.description());
        name(head, "twitter:image", image);
        if (meta.path() != null) {
            String canonical = baseUrl + "/" + meta.path();
            property(head, "og:url", canonical);
            head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
        }
        if (!meta.indexable()) name(head, "robots", "noindex");
    }

    private static void property(Element head, String property, String content) {
        if (content != null && !content.isEmpty())
            head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private static void name(Element head, String name, String content) {
        if (content != null && !content.isEmpty())
            head.appendElement("meta").attr("name", name).attr("content", content);
    }

    /** "/opportunities/12/" → "opportunities/12"; null stays the front page. */
    static String path(String pathInfo) {
        if (pathInfo == null) return "";
        return pathInfo.replaceAll("^/+|/+$", "");
    }
}
