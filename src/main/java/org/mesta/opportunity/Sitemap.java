package org.mesta.opportunity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sitemap (sitemaps.org) of the public pages: the front page, every city and every published opportunity.
 * Awards are left out: a person's award is theirs to share, not for search engines to list. A file holds at most
 * 50,000 addresses (the protocol's limit); past that, /sitemap.xml is an index of numbered files. Answers are
 * stateless, built at most every few minutes per node and cached by clients and CDNs for an hour.
 */
@RestController
class Sitemap {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PublicOpportunities opportunities;
    private final CityService cities;
    private final ObjectProvider<CityPathways> pathways;
    private final String baseUrl;
    private final int perFile;
    private final Cache<String, byte[]> answers = Caffeine.newBuilder()
            .maximumSize(64)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    Sitemap(
            PublicOpportunities opportunities,
            CityService cities,
            ObjectProvider<CityPathways> pathways,
            @Value("${mesta.base-url}") String baseUrl,
            @Value("${mesta.sitemap.urls-per-file:50000}") int perFile) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.pathways = pathways;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.perFile = Math.clamp(perFile, 2, 50_000);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(WebRequest request) {
        return answer("index", request, () -> {
            List<City> all = cities.allCities(Locale.ENGLISH);
            long count = opportunities.publishedCount();
            if (1 + all.size() + count <= perFile) {
                return urlset(pages(all) + opportunityUrls(0, (int) count));
            }
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            xml.append(sitemapEntry("/sitemap-pages.xml"));
            for (int i = 0; i < files(count); i++) xml.append(sitemapEntry("/sitemap-opportunities-" + i + ".xml"));
            return xml.append("</sitemapindex>\n").toString();
        });
    }

    @GetMapping("/sitemap-pages.xml")
    ResponseEntity<byte[]> pages(WebRequest request) {
        return answer("pages", request, () -> urlset(pages(cities.allCities(Locale.ENGLISH))));
    }

    @GetMapping("/sitemap-opportunities-{file}.xml")
    ResponseEntity<byte[]> opportunities(@PathVariable int file, WebRequest request) {
        if (file < 0 || file >= files(opportunities.publishedCount())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return answer("opportunities-" + file, request, () -> urlset(opportunityUrls(file, perFile)));
    }

    private int files(long count) {
        return (int) ((count + perFile - 1) / perFile);
    }

    private @Nullable ResponseEntity<byte[]> answer(String key, WebRequest request, Supplier<String> build) {
        byte[] body = answers.get(key, k -> build.get().getBytes(StandardCharsets.UTF_8));
        String etag = "\"" + HexFormat.of().formatHex(DigestUtils.md5Digest(body)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(XML)
                .eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(body);
    }

    /**
     * The front page, every city and every published pathway (a network has tens of cities and pathways, far below
     * one file's limit).
     */
    private String pages(List<City> all) {
        StringBuilder xml = new StringBuilder(url("/", null));
        all.stream().limit(perFile - 1L).forEach(c -> xml.append(url("/cities/" + c.getSlug(), null)));
        CityPathways found = pathways.getIfAvailable();
        if (found != null) {
            found.publicPages().stream()
                    .limit(Math.max(0, perFile - 1L - all.size()))
                    .forEach(p -> xml.append(url("/" + p.path(), p.publishedAt())));
        }
        return xml.toString();
    }

    private String opportunityUrls(int file, int size) {
        if (size == 0) return "";
        StringBuilder xml = new StringBuilder();
        for (PublicOpportunities.PublishedLink link : opportunities.publishedLinks(file, size)) {
            xml.append(url("/opportunities/" + link.id(), link.publishedAt()));
        }
        return xml.toString();
    }

    private String url(String path, Instant modified) {
        return "  <url><loc>" + escape(baseUrl + path) + "</loc>"
                + (modified == null ? "" : "<lastmod>" + DAY.format(modified) + "</lastmod>") + "</url>\n";
    }

    private String sitemapEntry(String path) {
        return "  <sitemap><loc>" + escape(baseUrl + path) + "</loc></sitemap>\n";
    }

    private static String urlset(String urls) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "</urlset>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
