package org.mesta.base;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.stereotype.Component;

/**
 * Several app nodes share one database (#17): work that must happen once per cluster takes a named lock row there.
 * Scheduled jobs say so with ShedLock's {@code @SchedulerLock}; start-up work that nodes started together would
 * race for (the first admin) waits its turn here.
 */
@Component
public class ClusterLocks {

    private static final Duration POLL = Duration.ofMillis(200);
    /** A node that dies while holding a lock frees it after this long. */
    private static final Duration HOLD_AT_MOST = Duration.ofMinutes(5);

    private final LockProvider locks;

    ClusterLocks(LockProvider locks) {
        this.locks = locks;
    }

    /**
     * Runs {@code task} holding the cluster lock {@code name}, waiting up to {@code wait} while another node holds
     * it. The task must check again whether it is still needed: the node before may have done it. False when the
     * lock never came free.
     */
    public boolean alone(String name, Duration wait, Runnable task) {
        Instant giveUp = Instant.now().plus(wait);
        while (true) {
            Optional<SimpleLock> lock =
                    locks.lock(new LockConfiguration(Instant.now(), name, HOLD_AT_MOST, Duration.ZERO));
            if (lock.isPresent()) {
                try {
                    task.run();
                    return true;
                } finally {
                    lock.get().unlock();
                }
            }
            if (Instant.now().isAfter(giveUp)) return false;
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
