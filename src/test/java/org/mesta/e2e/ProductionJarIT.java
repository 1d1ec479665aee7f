package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar starts as a person starts it ({@code java -jar}, its own main method, a fresh data directory, the
 * demo network) and answers. The other browser tests run inside a Spring test context, which skips the main method:
 * this one caught a start-up listener that Spring Modulith's event multicaster broke.
 */
class ProductionJarIT {

    @TempDir
    Path data;

    @Test
    void the_packaged_jar_starts_with_the_demo_network_and_answers() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = jar();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true);
        builder.environment().put("MESTA_DATA_DIR", data.toString());
        builder.environment().put("MESTA_DEMO_DATA", "true");
        builder.environment().put("MESTA_MAP_TILE_URL", "none");
        builder.environment().put("PORT", String.valueOf(port));
        Process app = builder.start();
        List<String> output = new ArrayList<>();
        try {
            // Reads until the ready line, or until the process ends (a failed start ends it).
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
                try (var lines = app.inputReader().lines()) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        synchronized (output) {
                            output.add(line);
                        }
                        if (line.contains("Ready in ")) return true;
                    }
                }
                return false;
            });
            boolean started = ready.get(4, TimeUnit.MINUTES);
            String log;
            synchronized (output) {
                log = String.join("\n", output.subList(Math.max(0, output.size() - 60), output.size()));
            }
            assertThat(started)
                    .as("the jar says it is ready; its last lines:\n" + log)
                    .isTrue();
            assertThat(log).doesNotContain("Application run failed");

            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> home = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<html");
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) app.destroyForcibly();
        }
    }

    /** bin/start and the Docker image wait for this start: it must open the first pages and end by itself. */
    @Test
    void the_training_start_opens_the_first_pages_and_ends_by_itself(@TempDir Path training) throws Exception {
        Path cache = training.resolve("mesta.aot");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:AOTCacheOutput=" + cache,
                        "-Dmesta.startup.training=true",
                        "-jar",
                        jar().toString())
                .redirectErrorStream(true)
                .redirectOutput(training.resolve("training.log").toFile());
        builder.environment().put("MESTA_DATA_DIR", training.resolve("data").toString());
        builder.environment().put("MESTA_DEMO_DATA", "false");
        builder.environment().put("PORT", "0");
        Process app = builder.start();
        try {
            assertThat(app.waitFor(5, TimeUnit.MINUTES))
                    .as("the training start ends by itself")
                    .isTrue();
            String log = Files.readString(training.resolve("training.log"));
            assertThat(app.exitValue()).as(log).isZero();
            assertThat(log)
                    .contains("Start-up training: / answered 200")
                    .contains("Start-up training: /api/health answered 200")
                    .doesNotContain("Start-up training stopped early");
            assertThat(cache).as("the JVM wrote the ahead-of-time cache").isNotEmptyFile();
        } finally {
            app.destroyForcibly();
        }
    }

    private static Path jar() throws java.io.IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("mesta-.*\\.jar"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
