package org.mesta.base;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completed event publications are only a receipt: they are deleted once older than
 * {@code mesta.events.keep-completed}, so the registry holds what is still to do and a few days of history.
 * Harmless when several nodes do it at once (a delete by date); #17 puts scheduled jobs under a cluster lock.
 */
@Component
class EventHousekeeping {

    private final CompletedEventPublications completed;
    private final Duration keep;

    EventHousekeeping(CompletedEventPublications completed, @Value("${mesta.events.keep-completed}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(keep);
    }
}
