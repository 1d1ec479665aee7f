package org.mesta.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one node answers on its stateless endpoints (bin/benchmark; figures printed, nothing asserted): the trivial
 * /api/health and viewport GeoJSON panning over 100,000 opportunities (OpportunityBenchmark's data), 32 wrk clients
 * on loopback, and whether either answer carried a session cookie. Goal (issue 17): health ≥ 8,000/s, panning ≥ half
 * of that with p95 ≤ 50 ms. {@code -Dmesta.benchmark.jfr=true} also records each run with Java Flight
 * Recorder into target/stateless-health.jfr and stateless-geojson.jfr (read it with {@code jfr print --events jdk.ExecutionSample}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/stateless-db/mesta;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
            "logging.level.root=WARN"
        })
@ActiveProfiles("test")
class StatelessBenchmark {

    /** -Dmesta.benchmark.opportunities=2000 for a quick try. */
    static final int OPPORTUNITIES = Integer.getInteger("mesta.benchmark.opportunities", 100_000);

    static {
        // A fresh database every run (its own directory: OpportunityBenchmark clears target/benchmark-db).
        try (var files = Files.walk(Path.of("target", "stateless-db"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // nothing there yet
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void stateless_endpoints_under_load() throws Exception {
        OpportunityBenchmark.generate(jdbc, OPPORTUNITIES);
        String health = "http://127.0.0.1:" + port + "/api/health";
        String viewport = "http://127.0.0.1:" + port
                + "/api/opportunities.geojson?city=ljubljana&bbox=14.40,46.00,14.62,46.11&limit=500";
        OpportunityBenchmark.wrk(viewport, "pan.lua", 5); // warm up the JIT
        OpportunityBenchmark.wrk(health, "report.lua", 5);
        String base = recorded("health", () -> OpportunityBenchmark.wrk(health, "report.lua", 15));
        String panning = recorded("geojson", () -> OpportunityBenchmark.wrk(viewport, "pan.lua", 15));
        System.out.println();
        System.out.printf("BENCHMARK stateless endpoints: %,d approved opportunities (H2 file)%n", OPPORTUNITIES);
        System.out.println("BENCHMARK   32 clients, 15 s each, latency in ms");
        System.out.println("BENCHMARK   /api/health:                 " + base + "   target rps >= 8000");
        System.out.println("BENCHMARK   viewport GeoJSON, panning:   " + panning + "   target rps >= 4000, p95 <= 50");
        System.out.println("BENCHMARK   session cookie on /api/health: " + sessionCookie(health)
                + ", on viewport GeoJSON: " + sessionCookie(viewport));
        System.out.println();
    }

    /** Runs the load, recorded by Java Flight Recorder into target/stateless-{name}.jfr when asked to. */
    private static String recorded(String name, Callable<String> load) throws Exception {
        if (!Boolean.getBoolean("mesta.benchmark.jfr")) {
            return load.call();
        }
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            String result = load.call();
            recording.stop();
            recording.dump(Path.of("target", "stateless-" + name + ".jfr"));
            return result;
        }
    }

    /** What Set-Cookie an anonymous request is answered with ("none" for a stateless answer). */
    private static String sessionCookie(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElse("none");
        }
    }
}
