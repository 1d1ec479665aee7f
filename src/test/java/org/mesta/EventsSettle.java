package org.mesta;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Reactions to events run after commit on other threads (@ApplicationModuleListener). After each test this waits
 * until none is still pending or running, so one test's notices and mails never land in the next test's
 * assertions. Registered for every Spring test in META-INF/spring.factories; failed publications are not waited
 * for (the test that makes one cleans it up).
 */
public class EventsSettle implements TestExecutionListener {

    private static final EnumSet<Status> IN_FLIGHT =
            EnumSet.of(Status.PUBLISHED, Status.PROCESSING, Status.RESUBMITTED);

    @Override
    public void afterTestMethod(TestContext context) {
        if (!context.hasApplicationContext()) {
            return;
        }
        var registry = context.getApplicationContext()
                .getBeanProvider(EventPublicationRepository.class)
                .getIfAvailable();
        if (registry != null) {
            await("other modules' reactions to this test's events")
                    .atMost(Duration.ofSeconds(30))
                    .until(() ->
                            IN_FLIGHT.stream().mapToInt(registry::countByStatus).sum() == 0);
        }
    }
}
