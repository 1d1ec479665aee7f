package org.mesta.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional geocoder, against a real HTTP server on loopback speaking Nominatim's format. */
class PlaceServiceTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private String start(String body, AtomicReference<String> query) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/search", exchange -> {
            query.set(exchange.getRequestURI().getRawQuery());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void without_a_geocoder_the_built_in_gazetteer_answers() {
        PlaceService places = new PlaceService(GazetteerTest.GAZETTEER, new MapSettings("", "", ""));
        assertThat(places.search("Maribor", null, 3).getFirst().country()).isEqualTo("SI");
    }

    @Test
    void a_configured_nominatim_geocoder_is_asked_and_its_answer_used() throws Exception {
        AtomicReference<String> query = new AtomicReference<>();
        String url = start("""
                [{"lat":"46.0500","lon":"14.4690","name":"Tivoli Park","display_name":"Tivoli Park, Ljubljana, Slovenia",
                  "address":{"state":"Osrednjeslovenska","country_code":"si"}}]""", query);
        PlaceService places = new PlaceService(GazetteerTest.GAZETTEER, new MapSettings("", "", url));
        Place tivoli = places.search("Tivoli park", null, 5).getFirst();
        assertThat(tivoli.label()).isEqualTo("Tivoli Park, Osrednjeslovenska, SI");
        assertThat(tivoli.position()).isEqualTo(new GeoPoint(46.05, 14.469));
        assertThat(query.get())
                .contains("q=Tivoli%20park")
                .contains("format=jsonv2")
                .contains("limit=5");
    }

    @Test
    void an_unreachable_geocoder_falls_back_to_the_gazetteer() {
        PlaceService places = new PlaceService(GazetteerTest.GAZETTEER, new MapSettings("", "", "http://127.0.0.1:9"));
        assertThat(places.search("Ljubljana", null, 1)).extracting(Place::name).containsExactly("Ljubljana");
    }
}
