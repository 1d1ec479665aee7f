package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
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
 * The stateless public endpoints over real HTTP: GeoJSON (points, clusters, 304), iCalendar, health, and that none
 * of them (nor their error answers, nor the built frontend's files) starts a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeedsIT {

    @LocalServerPort
    int port;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    UserDetailsService users;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long approved(String title) {
        SignedIn.as(users, SignedIn.PROVIDER);
        Opportunity o = opportunities.create(
                MestaUser.require().organisationIds().iterator().next());
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), 4);
        o = opportunities.submit(o.getId(), o.getVersion());
        SignedIn.as(users, SignedIn.MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        return o.getId();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void geojson_serves_points_clusters_and_not_modified() throws Exception {
        long first = approved("Prva javna točka");
        approved("Druga javna točka");
        String path = "/api/opportunities.geojson?city=ljubljana&bbox=14.3,45.9,14.7,46.2&theme=MENTAL_HEALTH&lang=sl";
        HttpResponse<String> points = get(path);
        assertThat(points.statusCode()).isEqualTo(200);
        assertThat(points.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        assertThat(points.body())
                .contains("\"clustered\":false")
                .contains("Prva javna točka")
                .contains("\"url\":")
                .contains("/opportunities/" + first);
        String etag = points.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);

        HttpResponse<String> clusters = get(path + "&limit=1");
        assertThat(clusters.body())
                .contains("\"clustered\":true")
                .contains("\"cluster\":true")
                .doesNotContain("Prva");

        assertThat(get("/api/opportunities.geojson?city=nowhere").statusCode()).isEqualTo(404);
        assertThat(get("/api/opportunities.geojson?bbox=1,2,3").statusCode()).isEqualTo(400);
    }

    @Test
    void icalendar_for_one_opportunity_and_for_a_city() throws Exception {
        // The city feed is written once per published version: one asked for before a publication must not hide it.
        assertThat(get("/api/cities/ljubljana/opportunities.ics").body()).doesNotContain("Koledarska delavnica");
        long id = approved("Koledarska delavnica");
        HttpResponse<String> one = get("/api/opportunities/" + id + ".ics?lang=sl");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(one.body())
                .contains("BEGIN:VCALENDAR")
                .contains("BEGIN:VEVENT")
                .contains("SUMMARY:Koledarska delavnica")
                .contains("UID:opportunity-" + id + "@mesta")
                .contains("GEO:");
        assertThat(get("/api/cities/ljubljana/opportunities.ics").body()).contains("Koledarska delavnica");
        assertThat(get("/api/opportunities/999999.ics").statusCode()).isEqualTo(404);
        assertThat(get("/api/health").body()).contains("ok");
    }

    /**
     * #17: any app node answers these (round-robin behind the balancer), so none may start a session. Real HTTP here,
     * so Tomcat's error page (a second dispatch, to /error) and the forward of the built frontend to Vaadin's servlet
     * are covered.
     */
    @Test
    void stateless_answers_set_no_session_cookie() throws Exception {
        String page = get("/").body();
        var script = Pattern.compile("/?VAADIN/build/[^\"']+\\.js").matcher(page);
        assertThat(script.find()).as("the page names its built frontend").isTrue();
        String bundle = script.group().startsWith("/") ? script.group() : "/" + script.group();
        for (String path : new String[] {
            "/api/health",
            "/api/opportunities.geojson?city=ljubljana&bbox=14.3,45.9,14.7,46.2",
            "/api/opportunities.geojson?city=nowhere",
            "/api/opportunities.geojson?bbox=1,2,3",
            "/api/cities/ljubljana/opportunities.ics",
            "/ob/v3/status/999999",
            "/robots.txt",
            "/sitemap.xml",
            bundle
        }) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
        }
        assertThat(get(bundle).statusCode()).isEqualTo(200);
    }
}
