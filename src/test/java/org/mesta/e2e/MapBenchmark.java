package org.mesta.e2e;

import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mesta.map.MapMarker;
import org.mesta.map.MestaMap;
import org.mesta.map.ui.MapDemoViewAccess;

/**
 * Map figures, printed, not asserted (bin/benchmark runs it; the test suite does not):
 * time for Chromium to show 10,000 clustered markers after the server sends them, and server memory
 * per map component holding 10,000 markers.
 */
class MapBenchmark extends BrowserTest {

    static final int MARKERS = 10_000;
    static final int RUNS = 5;

    @Test
    void render_time_and_memory_for_ten_thousand_markers() {
        List<Double> clientMs = new ArrayList<>();
        List<Double> roundTripMs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            open("dev/map");
            Locator map = page.locator("#demo-map");
            map.locator("canvas").first().waitFor();
            page.evaluate("""
                    () => { window.__rendered = null; const m = document.querySelector('#demo-map');
                      m.addEventListener('markers-rendered', e => window.__rendered = e.detail.ms, { once: true }); }""");
            long start = System.nanoTime();
            page.click("#load-10000");
            page.waitForFunction("() => window.__rendered !== null");
            roundTripMs.add((System.nanoTime() - start) / 1e6);
            clientMs.add(((Number) page.evaluate("() => window.__rendered")).doubleValue());
        }
        long perMap = bytesPerMap();
        System.out.println();
        System.out.println("BENCHMARK map: " + MARKERS + " clustered markers in headless Chromium, " + RUNS + " runs");
        System.out.println(
                "BENCHMARK   browser render after markers arrive (ms): " + summary(clientMs) + "   target < 1000");
        System.out.println("BENCHMARK   click to rendered, incl. server and transfer (ms): " + summary(roundTripMs));
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK   server memory per map with %d markers: %.2f MiB (%d bytes/marker)%n",
                MARKERS,
                perMap / 1048576.0,
                perMap / MARKERS);
        System.out.println();
    }

    /** Heap growth for 20 maps holding 10,000 markers each, divided by 20 (after full collections). */
    private static long bytesPerMap() {
        int maps = 20;
        long before = usedAfterGc();
        List<MestaMap> kept = new ArrayList<>();
        for (int i = 0; i < maps; i++) {
            MestaMap map = new MestaMap();
            List<MapMarker> markers = MapDemoViewAccess.generate(MARKERS);
            map.setMarkers(markers);
            kept.add(map);
        }
        long after = usedAfterGc();
        if (kept.size() != maps) throw new IllegalStateException();
        return (after - before) / maps;
    }

    /** Collects until the used heap stops shrinking (two readings within 64 KiB), then reads it. */
    private static long usedAfterGc() {
        AtomicLong previous = new AtomicLong(Long.MAX_VALUE);
        return await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            System.gc();
                            Runtime rt = Runtime.getRuntime();
                            long used = rt.totalMemory() - rt.freeMemory();
                            return Math.abs(previous.getAndSet(used) - used) < 64 * 1024 ? used : -1L;
                        },
                        used -> used >= 0);
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "median %.0f, min %.0f, max %.0f",
                sorted.get(sorted.size() / 2),
                sorted.getFirst(),
                sorted.getLast());
    }
}
