package org.mesta.base;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completed event publications are only a receipt: they are deleted once older than
 * {@code mesta.events.keep-completed}, so the registry holds what is still to do and a few days of history.
 * Once an hour on one node of the cluster (the cron fires on every node at the same time; the lock picks one).
 */
@Component
class EventHousekeeping {

    private final CompletedEventPublications completed;
    private final Duration keep;

    EventHousekeeping(CompletedEventPublications completed, @Value("${mesta.events.keep-completed}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "event-housekeeping", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(keep);
    }
}
