package org.mesta.base;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Event reactions that a crash, a restart or a failure left unfinished run again, on one node of the cluster and only
 * once they are stale. Modulith's own republication at start ({@code republish-outstanding-events-on-restart}) is off:
 * it would hand a restarting node every unfinished publication, including those another node is still working on.
 * <p>
 * Stale means published more than {@code mesta.events.resubmit-after} ago (an hour). A live node finishes a reaction
 * within seconds, but it queues them on its async pool: a 10,000-award list is 10,000 award mails, which drain in
 * minutes (tens of minutes with a slow mail server), so an hour is well past anything a live node may still hold.
 * A reaction that fails again is retried on the next run, every quarter of an hour. The registry marks each one
 * resubmitted before handing it over, so a later run does not take one still waiting in the queue, and mail has
 * timeouts (application.properties), so none runs long enough to be taken again while it runs.
 */
@Component
class EventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration staleAfter;

    EventResubmission(
            IncompleteEventPublications incomplete, @Value("${mesta.events.resubmit-after}") Duration staleAfter) {
        this.incomplete = incomplete;
        this.staleAfter = staleAfter;
    }

    // The cron fires on every node together and the lock picks one; held at least a minute so a node whose clock
    // runs a little late does not run it a second time.
    @Scheduled(cron = "0 3/15 * * * *")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void resubmitStale() {
        incomplete.resubmitIncompletePublicationsOlderThan(staleAfter);
    }
}
