package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Shared links as a messenger's preview robot sees them: the first HTML answer, fetched without JavaScript, carries
 * the page's own Open Graph / Twitter meta and canonical address; robots.txt and the sitemap list the public pages.
 * Few URLs per sitemap file here, so the sitemap index (what 50,000+ pages get) is exercised too.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mesta.base-url=https://mesta.example/", "mesta.sitemap.urls-per-file=10"})
@ActiveProfiles("test")
class LinkPreviewsIT {

    static final String BASE = "https://mesta.example";
    private static Long opportunityId;

    @LocalServerPort
    int port;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    UserDetailsService users;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** One approved opportunity with a picture, made once (before the first sitemap is built and cached). */
    private long sharedOpportunity() throws Exception {
        if (opportunityId == null) {
            SignedIn.as(users, SignedIn.PROVIDER);
            Opportunity o = opportunities.create(
                    MestaUser.require().organisationIds().iterator().next());
            o = opportunities.saveDraft(
                    o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Delavnica za deljenje povezav"), 4);
            o = opportunities.setImage(
                    o.getId(),
                    OpportunityServiceTestData.png(1200, 630),
                    OpportunityServiceTestData.alt("sl", "Oranžen plakat delavnice"));
            o = opportunities.submit(o.getId(), o.getVersion());
            SignedIn.as(users, SignedIn.MODERATOR);
            moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
            SecurityContextHolder.clearContext();
            opportunityId = o.getId();
        }
        return opportunityId;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path, String... headers) throws Exception {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(path).isLessThan(500);
        return Jsoup.parse(response.body());
    }

    private static String meta(Document d, String key) {
        Element e = d.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    private static String canonical(Document d) {
        Element e = d.selectFirst("link[rel=canonical]");
        return e == null ? null : e.attr("href");
    }

    @Test
    void a_shared_opportunity_link_previews_its_title_summary_and_picture() throws Exception {
        long id = sharedOpportunity();
        Document d = page("/opportunities/" + id);
        assertThat(meta(d, "og:title")).isEqualTo("Delavnica za deljenje povezav");
        assertThat(meta(d, "og:description")).isEqualTo("Kratek povzetek");
        assertThat(meta(d, "og:url")).isEqualTo(BASE + "/opportunities/" + id);
        assertThat(canonical(d)).isEqualTo(BASE + "/opportunities/" + id);
        // No Accept-Language (a preview robot): the city's language, Slovenian for Ljubljana.
        assertThat(meta(d, "og:locale")).isEqualTo("sl_SI");
        assertThat(meta(d, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(d, "og:image:alt")).isEqualTo("Oranžen plakat delavnice");
        String image = meta(d, "og:image");
        assertThat(image).isEqualTo(BASE + "/api/opportunities/" + id + "/image.jpg");
        HttpResponse<String> picture = get(image.substring(BASE.length()));
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
        // An English reader gets the only texts there are, said to be Slovenian, and an English page.
        Document english = page("/opportunities/" + id, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(meta(english, "og:title")).isEqualTo("Delavnica za deljenje povezav");
        assertThat(meta(english, "og:locale")).isEqualTo("sl_SI");
    }

    @Test
    void a_shared_city_link_previews_the_city_in_the_readers_language() throws Exception {
        Document d = page("/cities/ljubljana", "Accept-Language", "en");
        assertThat(meta(d, "og:title")).isEqualTo("Learning in Ljubljana");
        assertThat(meta(d, "og:description")).startsWith("Learning opportunities in Ljubljana");
        assertThat(canonical(d)).isEqualTo(BASE + "/cities/ljubljana");
        assertThat(meta(d, "og:locale")).isEqualTo("en_GB");
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(meta(d, "og:image")).isEqualTo(BASE + "/api/site/preview.png");
        HttpResponse<byte[]> logo = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/site/preview.png"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(logo.body())).getWidth())
                .isEqualTo(600);
        assertThat(meta(page("/cities/ljubljana"), "og:title")).isEqualTo("Učenje v mestu Ljubljana");
    }

    @Test
    void a_shared_award_link_previews_the_badge_but_is_not_for_search_engines() throws Exception {
        SignedIn.as(users, SignedIn.PROVIDER);
        Badge badge = BadgeTestData.published(badges);
        Award award =
                awards.award(badge.getId(), List.of("sharer@example.org"), "en").getFirst();
        SecurityContextHolder.clearContext();
        Document d = page("/awards/" + award.getPublicId());
        assertThat(meta(d, "og:title"))
                .isEqualTo(badge.texts(award.getLanguage()).name());
        // In the language it was awarded in (the badge's own when it has no texts in the one asked for).
        assertThat(meta(d, "og:locale")).startsWith(award.getLanguage() + "_");
        assertThat(meta(d, "og:description")).isNotBlank().doesNotContain("sharer@");
        assertThat(d.html()).doesNotContain("sharer@example.org");
        assertThat(meta(d, "robots")).isEqualTo("noindex");
        assertThat(canonical(d)).isEqualTo(BASE + "/awards/" + award.getPublicId());
        String image = meta(d, "og:image");
        assertThat(image).startsWith(BASE + "/api/badges/" + badge.getId() + "/image.png");
        HttpResponse<String> picture = get(image.substring(BASE.length()));
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void unknown_and_odd_addresses_get_the_sites_own_preview_and_no_error() throws Exception {
        for (String path : List.of(
                "/opportunities/987654321",
                "/cities/atlantis",
                "/awards/00000000-0000-0000-0000-000000000000",
                "/awards/" + "x".repeat(500))) {
            Document d = page(path);
            assertThat(meta(d, "og:title")).as(path).isEqualTo("Mesta – Cities of Learning");
            assertThat(meta(d, "og:image")).as(path).isEqualTo(BASE + "/api/site/preview.png");
            assertThat(canonical(d)).as(path).isNull();
        }
        // Addresses no view takes are sent to sign in (as before): no error either.
        for (String path : List.of("/opportunities/abc", "/no/such/page")) {
            assertThat(get(path).statusCode()).as(path).isLessThan(500);
        }
        Document home = page("/");
        assertThat(meta(home, "og:title")).isEqualTo("Mesta – Cities of Learning");
        assertThat(canonical(home)).isEqualTo(BASE + "/");
    }

    @Test
    void robots_and_sitemap_list_the_public_pages_and_leave_awards_out() throws Exception {
        long id = sharedOpportunity();
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Sitemap: " + BASE + "/sitemap.xml").contains("Disallow: /api/");

        HttpResponse<String> index = get("/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(index.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age=3600"));
        Document sitemapIndex = Jsoup.parse(index.body(), "", Parser.xmlParser());
        List<String> files = sitemapIndex.select("sitemap > loc").eachText();
        assertThat(files).first().isEqualTo(BASE + "/sitemap-pages.xml");
        assertThat(get(
                                "/sitemap.xml",
                                "If-None-Match",
                                index.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(304);

        StringBuilder all = new StringBuilder();
        for (String file : files) {
            HttpResponse<String> part = get(file.substring(BASE.length()));
            assertThat(part.statusCode()).as(file).isEqualTo(200);
            List<String> urls = Jsoup.parse(part.body(), "", Parser.xmlParser())
                    .select("url > loc")
                    .eachText();
            assertThat(urls.size()).as(file).isBetween(1, 10);
            all.append(String.join("\n", urls)).append('\n');
        }
        assertThat(all.toString())
                .contains(BASE + "/\n", BASE + "/cities/ljubljana\n", BASE + "/opportunities/" + id + "\n")
                .doesNotContain("/awards/");
        assertThat(get("/sitemap-opportunities-" + files.size() + ".xml").statusCode())
                .isEqualTo(404);
    }
}
