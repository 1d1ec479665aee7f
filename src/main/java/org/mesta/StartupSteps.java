package org.mesta;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Says when the application is ready (after the start-up runners, the demo data included), and with
 * {@code -Dmesta.startup.steps=N} also the N start-up steps that took longest on their own (Spring's
 * BufferingApplicationStartup, without actuator): what the start-up benchmark and a slow start are read from.
 */
final class StartupSteps {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private StartupSteps() {}

    static void attach(SpringApplication app) {
        int top = Integer.getInteger("mesta.startup.steps", 0);
        BufferingApplicationStartup steps = top > 0 ? new BufferingApplicationStartup(50_000) : null;
        if (steps != null) app.setApplicationStartup(steps);
        // Typed by instanceof, not by the lambda's generic type: a lambda's event type cannot be read at run time, and
        // Modulith's event multicaster (unlike Spring's own) does not skip listeners that reject an event by casting.
        app.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (!(event instanceof ApplicationReadyEvent ready)) return;
            // CPU time says more than wall time on a busy machine: on two idle cores, wall ≈ CPU / 1.5 or so.
            long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000
                    : -1;
            log.info(
                    "Ready in {} ms (JVM up {} ms, {} ms CPU)",
                    ready.getTimeTaken() == null ? -1 : ready.getTimeTaken().toMillis(),
                    ManagementFactory.getRuntimeMXBean().getUptime(),
                    cpu);
            if (steps != null) report(steps.getBufferedTimeline(), top);
            if (Boolean.getBoolean("mesta.startup.training")) train(ready);
        });
    }

    /**
     * The training start of an ahead-of-time cache (bin/start, the Docker image): the cache holds what the JVM loaded
     * and linked before it exits, so a training that stops right after the context is up leaves Hibernate, the
     * runners and the first page views to be loaded from the jar on every real start. This one opens the pages a
     * first visitor opens, then ends the application so that the JVM writes the cache.
     */
    private static void train(ApplicationReadyEvent ready) {
        int port = ready.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (String path : TRAINING_PAGES) {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                log.info("Start-up training: {} answered {}", path, answer.statusCode());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // A cache of what was loaded so far is still worth having.
            log.warn("Start-up training stopped early: {}", e.toString());
        }
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }

    /** Pages every start serves soon after: the front page (a whole Vaadin UI), sign-in, the public APIs. */
    private static final List<String> TRAINING_PAGES = List.of(
            "/",
            "/login",
            "/cities",
            "/api/health",
            "/api/opportunities.geojson?bbox=13.3,45.9,14.8,46.3",
            "/robots.txt",
            "/sitemap.xml");

    /** Each step's own time: its duration less its children's (bean creation nests, so totals would double-count). */
    private static void report(StartupTimeline timeline, int top) {
        Map<Long, Long> own = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
            own.merge(e.getStartupStep().getId(), e.getDuration().toNanos(), Long::sum);
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) own.merge(parent, -e.getDuration().toNanos(), Long::sum);
        }
        timeline.getEvents().stream()
                .sorted(Comparator.comparingLong((StartupTimeline.TimelineEvent e) ->
                        -own.get(e.getStartupStep().getId())))
                .limit(top)
                .forEach(e -> log.info(
                        "Start-up step {} ms own ({} ms in all): {} {}",
                        Duration.ofNanos(own.get(e.getStartupStep().getId())).toMillis(),
                        e.getDuration().toMillis(),
                        e.getStartupStep().getName(),
                        tags(e.getStartupStep())));
    }

    private static String tags(StartupStep step) {
        return String.join(
                " ",
                StreamSupport.stream(step.getTags().spliterator(), false)
                        .map(t -> t.getKey() + "=" + t.getValue())
                        .toList());
    }
}
