package org.mesta.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Start-up of the packaged production jar with the demo network (bin/benchmark; figures printed, nothing asserted):
 * first start on a fresh database (migrations and demo loading) and a second start, as `java -jar` and as bin/start
 * runs it (unpacked, with a JDK ahead-of-time cache from one training start). "Ready" is Spring's ready event, after
 * the demo runner; CPU seconds say more than wall seconds on a shared machine, so both are printed, with the load.
 */
class StartupBenchmark {

    static final Pattern READY = Pattern.compile("Ready in (\\d+) ms \\(JVM up (\\d+) ms, (-?\\d+) ms CPU\\)");
    static final int RUNS = 2;

    @Test
    void production_jar_start_up_with_demo_data() throws Exception {
        Path jar = jar();
        Path work = Files.createDirectories(Path.of("target", "startup-benchmark"));
        System.out.printf(
                "BENCHMARK startup: %s on %d cores, load before %s%n",
                jar.getFileName(), Runtime.getRuntime().availableProcessors(), load());
        for (int run = 1; run <= RUNS; run++) {
            Path data = fresh(work.resolve("plain-" + run));
            print("java -jar, first start ", start(List.of("-jar", jar.toString()), data));
            print("java -jar, second start", start(List.of("-jar", jar.toString()), data));
        }
        Path unpacked = fresh(work.resolve("unpacked"));
        java(
                        List.of(
                                "-Djarmode=tools",
                                "-jar",
                                jar.toString(),
                                "extract",
                                "--destination",
                                unpacked.toString()),
                        null,
                        false)
                .waitFor(5, TimeUnit.MINUTES);
        Path app = unpacked.resolve(jar.getFileName());
        Path cache = work.resolve("mesta.aot");
        Files.deleteIfExists(cache);
        long trainingStart = System.nanoTime();
        Process training = java(
                List.of("-XX:AOTCacheOutput=" + cache, "-Dmesta.startup.training=true", "-jar", app.toString()),
                fresh(work.resolve("training")),
                false);
        training.waitFor(10, TimeUnit.MINUTES);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK   training start for the AOT cache: %.1f s (%s)%n",
                (System.nanoTime() - trainingStart) / 1e9,
                Files.exists(cache) ? "cache made" : "no cache: JDK < 25?");
        List<String> fast = Files.exists(cache)
                ? List.of("-XX:AOTCache=" + cache, "-jar", app.toString())
                : List.of("-jar", app.toString());
        for (int run = 1; run <= RUNS; run++) {
            Path data = fresh(work.resolve("fast-" + run));
            print("bin/start, first start ", start(fast, data));
            print("bin/start, second start", start(fast, data));
        }
        System.out.println("BENCHMARK   target: ready <= 10 s on two idle cores");
    }

    private record Start(double readySeconds, double jvmSeconds, double cpuSeconds, String load) {}

    private static void print(String what, Start s) {
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK   %s: ready %5.1f s after launch (JVM %5.1f s), %5.1f s CPU, load %s%n",
                what,
                s.readySeconds,
                s.jvmSeconds,
                s.cpuSeconds,
                s.load);
    }

    /** Launches, waits for the ready line (demo data loaded), stops the process. */
    private static Start start(List<String> args, Path data) throws Exception {
        List<String> all = new ArrayList<>(List.of("-Dmesta.startup.steps=0"));
        all.addAll(args);
        long launched = System.nanoTime();
        Process p = java(all, data, true);
        try (var lines = p.inputReader().lines()) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    double wall = (System.nanoTime() - launched) / 1e9;
                    return new Start(wall, Long.parseLong(m.group(2)) / 1e3, Long.parseLong(m.group(3)) / 1e3, load());
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        throw new IllegalStateException("the application did not become ready");
    }

    /** Runs java with the demo network on a free port when given a data directory; output kept only when read. */
    private static Process java(List<String> args, Path data, boolean read) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (data != null) {
            builder.environment().put("MESTA_DATA_DIR", data.toAbsolutePath().toString());
            builder.environment().put("MESTA_DEMO_DATA", "true");
            builder.environment().put("MESTA_DEV_PAGES", "false");
            builder.environment().put("PORT", String.valueOf(freePort()));
        }
        if (!read) builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("mesta-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the production jar first"));
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String load() {
        try {
            return String.join(
                    " ",
                    List.of(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
