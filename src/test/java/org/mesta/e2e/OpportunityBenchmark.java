package org.mesta.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mesta.demo.DemoProgramme;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.BenchmarkAccess;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.PublicOpportunity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public GeoJSON endpoint under load (bin/benchmark; figures printed, nothing asserted): 100,000 approved
 * opportunities across 40 cities in the embedded H2 file database, 32 concurrent wrk clients on loopback,
 * a city-sized viewport, side by side with the app's trivial health endpoint as the baseline.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/benchmark-db/mesta;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
            "logging.level.root=WARN"
        })
@ActiveProfiles("test")
class OpportunityBenchmark {

    /** -Dmesta.benchmark.opportunities=2000 for a quick try. */
    static final int OPPORTUNITIES = Integer.getInteger("mesta.benchmark.opportunities", 100_000);

    static final int CITIES = 40;

    static {
        // A fresh database every run, so the figures are for exactly this data.
        try (var files = Files.walk(Path.of("target", "benchmark-db"))) {
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
    void viewport_geojson_under_load() throws Exception {
        long start = System.nanoTime();
        generate(OPPORTUNITIES);
        double seconds = (System.nanoTime() - start) / 1e9;
        String viewport = "http://127.0.0.1:" + port
                + "/api/opportunities.geojson?city=ljubljana&bbox=14.40,46.00,14.62,46.11&limit=500";
        String baseline = "http://127.0.0.1:" + port + "/api/health";
        wrk(viewport, "pan.lua", 5); // warm up the JIT
        wrk(baseline, "report.lua", 3);
        String base = wrk(baseline, "report.lua", 15);
        String panning = wrk(viewport, "pan.lua", 15);
        String filtered = wrk(viewport, "filters.lua", 15);
        String repeated = wrk(viewport, "report.lua", 15);
        System.out.println();
        System.out.printf(
                "BENCHMARK opportunities: %,d approved across %d cities generated in %.0f s (H2 file)%n",
                OPPORTUNITIES, CITIES, seconds);
        System.out.println("BENCHMARK   32 clients, 15 s each, latency in ms");
        System.out.println("BENCHMARK   baseline /api/health:            " + base);
        System.out.println("BENCHMARK   viewport GeoJSON, panning (viewports up to half a screen apart):   " + panning
                + "   target p95 <= 50");
        System.out.println(
                "BENCHMARK   viewport GeoJSON, panning with a new filter almost every time:     " + filtered);
        System.out.println(
                "BENCHMARK   viewport GeoJSON, the same viewport again (server cache):          " + repeated);
        System.out.println();
    }

    /** 32 wrk clients on the URL with one of the Lua scripts in src/test/resources/benchmark; its RESULT line. */
    static String wrk(String url, String scriptName, int seconds) throws Exception {
        Path script = Path.of("src", "test", "resources", "benchmark", scriptName);
        Process p = new ProcessBuilder(
                        "wrk", "-t2", "-c32", "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(), url)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(seconds + 30L, TimeUnit.SECONDS);
        return out.lines()
                .filter(l -> l.startsWith("RESULT"))
                .findFirst()
                .map(l -> l.substring(7))
                .orElse("wrk failed: " + out);
    }

    /**
     * 25 more cities (40 with the demo's), one organisation each, and 100,000 approved opportunities: the demo's
     * programme generator with the benchmark's size, so the rows look like real ones (types, themes, formats, ages,
     * access, free and paid, over, running, coming and weekly).
     */
    /** The same opportunities for another benchmark (ImpactBenchmark): one generator serves the demo and both. */
    static void generate(JdbcTemplate jdbc, int total) {
        OpportunityBenchmark generator = new OpportunityBenchmark();
        generator.jdbc = jdbc;
        generator.generate(total);
    }

    private void generate(int total) {
        Random random = new Random(7);
        List<long[]> cityOrgs = new ArrayList<>();
        List<DemoProgramme.Where> places = new ArrayList<>();
        List<ZoneId> zones = new ArrayList<>();
        jdbc.query(
                "select c.id, c.latitude, c.longitude, (select min(o.id) from organisation o where o.city_id = c.id),"
                        + " c.slug, c.country, c.default_language, c.time_zone from city c",
                rs -> {
                    cityOrgs.add(new long[] {rs.getLong(1), rs.getLong(4)});
                    places.add(new DemoProgramme.Where(
                            rs.getString(5),
                            new GeoPoint(rs.getDouble(2), rs.getDouble(3)),
                            rs.getString(6),
                            rs.getString(7)));
                    zones.add(ZoneId.of(rs.getString(8)));
                });
        for (int i = cityOrgs.size(); i < CITIES; i++) {
            double lat = -40 + random.nextDouble() * 100, lon = -120 + random.nextDouble() * 240;
            jdbc.update(
                    "insert into city (version, slug, country, latitude, longitude, zoom, default_language, time_zone)"
                            + " values (0, ?, 'XX', ?, ?, 12, 'en', 'UTC')",
                    "bench-" + i,
                    lat,
                    lon);
            long cityId = jdbc.queryForObject("select id from city where slug = ?", Long.class, "bench-" + i);
            jdbc.update(
                    "insert into city_name (city_id, language, name) values (?, 'en', ?)", cityId, "Bench city " + i);
            jdbc.update(
                    "insert into organisation (version, city_id, name, contact_email) values (0, ?, ?, ?)",
                    cityId,
                    "Bench organisation " + i,
                    "bench" + i + "@example.org");
            long orgId = jdbc.queryForObject("select id from organisation where city_id = ?", Long.class, cityId);
            cityOrgs.add(new long[] {cityId, orgId});
            places.add(new DemoProgramme.Where("bench-" + i, new GeoPoint(lat, lon), "XX", "en"));
            zones.add(ZoneOffset.UTC);
        }
        JsonMapper json = JsonMapper.builder().build();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int batch = 2000;
        List<Object[]> opportunities = new ArrayList<>(batch);
        List<Object[]> published = new ArrayList<>(batch);
        long nextId = 1 + jdbc.queryForObject("select coalesce(max(id), 0) from opportunity", Long.class);
        int written = 0;
        for (int c = 0; c < CITIES; c++) {
            long cityId = cityOrgs.get(c)[0], orgId = cityOrgs.get(c)[1];
            ZoneId zone = zones.get(c);
            int count = total / CITIES + (c < total % CITIES ? 1 : 0);
            for (DemoProgramme.Item item : DemoProgramme.generate(places.get(c), LocalDate.now(zone), 7, count)) {
                long id = nextId + written++;
                OpportunityDraft d = item.draft();
                Instant starts = at(d.startsAt(), zone), ends = at(d.endsAt(), zone);
                List<PublicOpportunity.Meeting> sessions = d.sessions().stream()
                        .map(x -> new PublicOpportunity.Meeting(at(x.startsAt(), zone), at(x.endsAt(), zone)))
                        .toList();
                PublicOpportunity p = new PublicOpportunity(
                        id,
                        cityId,
                        orgId,
                        "Bench organisation",
                        1,
                        now,
                        d.texts(),
                        d.type(),
                        d.themes(),
                        d.format(),
                        starts,
                        ends,
                        d.ongoing(),
                        d.location(),
                        d.venue(),
                        d.address(),
                        d.onlineUrl(),
                        d.ageMin(),
                        d.ageMax(),
                        d.capacity(),
                        d.free(),
                        d.price(),
                        d.languages(),
                        d.access(),
                        null,
                        d.joinUrl(),
                        d.joinEmail(),
                        null,
                        null,
                        sessions,
                        List.of());
                Instant last = sessions.isEmpty() ? ends : sessions.getLast().endsAt();
                Double lat = d.location() == null ? null : d.location().latitude();
                Double lon = d.location() == null ? null : d.location().longitude();
                opportunities.add(new Object[] {
                    id,
                    orgId,
                    cityId,
                    d.type().name(),
                    d.format().name(),
                    ts(starts),
                    ts(ends),
                    d.ongoing(),
                    lat,
                    lon,
                    d.free(),
                    Timestamp.from(now),
                    Timestamp.from(now)
                });
                published.add(new Object[] {
                    id,
                    cityId,
                    orgId,
                    Timestamp.from(now),
                    d.type().name(),
                    d.format().name(),
                    ts(starts),
                    ts(last),
                    d.ongoing(),
                    lat,
                    lon,
                    d.ageMin(),
                    d.ageMax(),
                    d.free(),
                    flags(d.themes()),
                    flags(d.access()),
                    BenchmarkAccess.card(p),
                    json.writeValueAsString(p)
                });
                if (opportunities.size() == batch) {
                    flush(opportunities, published);
                }
            }
        }
        flush(opportunities, published);
    }

    private void flush(List<Object[]> opportunities, List<Object[]> published) {
        if (opportunities.isEmpty()) return;
        jdbc.batchUpdate(
                "insert into opportunity (id, version, organisation_id, city_id, status, wizard_step, type,"
                        + " format, starts_at, ends_at, ongoing, latitude, longitude, free, created_by, created_at,"
                        + " updated_at, archived) values (?, 0, ?, ?, 'APPROVED', 4, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, false)",
                opportunities);
        jdbc.batchUpdate(
                "insert into published_opportunity (opportunity_id, city_id, organisation_id, revision,"
                        + " published_at, type, format, starts_at, ends_at, ongoing, latitude, longitude, age_min, age_max,"
                        + " free, themes, access, card, content) values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                published);
        opportunities.clear();
        published.clear();
    }

    /** As PublishedOpportunity stores sets: ",A,B,". */
    private static String flags(Set<? extends Enum<?>> values) {
        return "," + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    private static Instant at(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
