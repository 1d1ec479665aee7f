package org.mesta.base;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's files for robots: robots.txt (everything public may be crawled; the sitemap says what there is)
 * and the picture a shared link shows when its page has none of its own (the logo, as PNG: link previews do not
 * show SVG). Both stateless; the picture is drawn once, on first request, not at start-up.
 */
@RestController
class SiteFiles {

    static final int PREVIEW_SIZE = 600;
    private final String baseUrl;
    private volatile byte[] preview;

    SiteFiles(@Value("${mesta.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        // Machine endpoints stay out of search results, except the pictures link previews fetch.
        String text = """
                User-agent: *
                Allow: /
                Disallow: /api/
                Allow: /api/opportunities/
                Allow: /api/badges/
                Allow: /api/site/
                Sitemap: %s/sitemap.xml
                """.formatted(baseUrl);
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(text);
    }

    @GetMapping("/api/site/preview.png")
    ResponseEntity<byte[]> preview() {
        byte[] png = preview;
        if (png == null) {
            png = preview = draw();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(png);
    }

    /** The logo, centred on white (a transparent picture shows black in some messengers). */
    private static byte[] draw() {
        try (InputStream svg = SiteFiles.class.getResourceAsStream("/META-INF/resources/icons/icon.svg")) {
            SVGDocument document = new SVGLoader().load(svg, null, LoaderContext.createDefault());
            BufferedImage image = new BufferedImage(PREVIEW_SIZE, PREVIEW_SIZE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, PREVIEW_SIZE, PREVIEW_SIZE);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                int margin = PREVIEW_SIZE / 6;
                if (document != null) {
                    document.render(
                            null, g, new ViewBox(margin, margin, PREVIEW_SIZE - 2 * margin, PREVIEW_SIZE - 2 * margin));
                }
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
