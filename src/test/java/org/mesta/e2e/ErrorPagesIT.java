package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP: Vaadin's pages (served through a forward) carry the security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_home_page_works_under_the_security_headers() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .get()
                .asString()
                .contains("camera=()");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void a_page_of_a_missing_opportunity_is_served_with_the_headers_too() throws Exception {
        // Vaadin answers the page itself with 200 and navigates in the browser; the 404 is the error view's
        // (see ErrorPagesTest), the headers must be on the page regardless.
        HttpResponse<String> response = get("/opportunities/987654321");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }
}
