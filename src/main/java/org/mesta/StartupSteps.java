package org.mesta;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
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
        });
    }

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
