package org.mesta.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * For EventResubmissionTest: a reaction that fails the first time it hears of each event (as with a mail server that
 * is down), so that publication stays incomplete, and counts every call. A top-level component found by the scan
 * (like MailServerConfig), so all tests keep sharing one Spring context; it hears only its own event.
 */
@Component
public class ResubmissionProbe {

    /** An event only EventResubmissionTest publishes. */
    public record Probed(String name) {}

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(Probed event) {
        if (calls.computeIfAbsent(event.name(), n -> new AtomicInteger()).incrementAndGet() == 1) {
            throw new IllegalStateException("the first attempt fails (mail server down)");
        }
    }

    int calls(String name) {
        AtomicInteger n = calls.get(name);
        return n == null ? 0 : n.get();
    }
}
