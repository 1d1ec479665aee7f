package org.mesta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A second app node for the cluster tests (#17): the packaged production jar started as its own process on the
 * {@code mesta_cluster} schema of bin/test's MariaDB, with the key secret the test's own context (node A) uses. Its
 * log stays in target/ for a person reading a failure.
 */
final class NodeProcess {

    /** One secret for every cluster test: they share the schema and so the issuer keys it encrypts. */
    static final String KEY_SECRET = "cluster-tests-key-secret-5f0c2a9e7d41b8c3a6e2";

    private static final String URL = System.getenv("MESTA_TEST_MYSQL_URL");

    private final Process process;
    final int port;

    private NodeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The same server as MysqlIT, another schema: the nodes share it and nothing else. */
    static String clusterUrl() {
        return URL.replaceFirst("/mesta_test(\\?|$)", "/mesta_cluster$1");
    }

    /** Node A (the test's context) on the cluster schema with the cluster's key secret. */
    static void asNodeA(DynamicPropertyRegistry registry) {
        if (URL == null) return;
        registry.add("spring.datasource.url", NodeProcess::clusterUrl);
        registry.add(
                "spring.datasource.username", () -> System.getenv().getOrDefault("MESTA_TEST_MYSQL_USER", "mesta"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("MESTA_TEST_MYSQL_PASSWORD", ""));
        registry.add("mesta.badge.key-secret", () -> KEY_SECRET);
    }

    /** Starts the jar and waits until it says it is ready (at most four minutes). */
    static NodeProcess start(String logName) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("mesta-" + logName);
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("mesta-.*\\.jar"))
                    .findFirst()
                    .orElseThrow();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true);
        builder.environment().put("SPRING_PROFILES_ACTIVE", "mysql");
        builder.environment().put("MYSQL_URL", clusterUrl());
        builder.environment().put("MYSQL_USER", System.getenv().getOrDefault("MESTA_TEST_MYSQL_USER", "mesta"));
        builder.environment().put("MYSQL_PASSWORD", System.getenv().getOrDefault("MESTA_TEST_MYSQL_PASSWORD", ""));
        builder.environment().put("MESTA_BADGE_KEY_SECRET", KEY_SECRET);
        builder.environment().put("MESTA_DEMO_DATA", "false");
        builder.environment().put("MESTA_DATA_DIR", data.toString());
        builder.environment().put("MESTA_MAP_TILE_URL", "none");
        builder.environment().put("PORT", String.valueOf(port));
        Path log = Path.of("target", logName + ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (!Files.readString(log).contains("Ready in ")) {
            String tail = Files.readString(log);
            assertThat(process.isAlive() && System.nanoTime() < giveUp)
                    .as(logName + " starts; its log:\n" + tail.substring(Math.max(0, tail.length() - 6000)))
                    .isTrue();
            Thread.sleep(250);
        }
        return new NodeProcess(process, port);
    }

    String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** As a crash or {@code kill -9}: no shutdown hook, no transaction gets to finish. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    void stop() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
