package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Work that must happen once per cluster (the first admin): nodes started together take turns on the database. */
@SpringBootTest
@ActiveProfiles("test")
class ClusterLocksTest {

    @Autowired
    ClusterLocks locks;

    @Autowired
    LockProvider lockProvider;

    @Test
    void four_nodes_starting_together_take_turns_and_the_work_is_done_once() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> turns = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                turns.add(nodes.submit(() -> {
                    go.await();
                    return locks.alone("test-four-nodes", Duration.ofSeconds(30), () -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        // Check, then act, as the first admin does: only safe under the lock.
                        if (done.get() == 0) {
                            sleep(100);
                            done.incrementAndGet();
                        }
                        inside.decrementAndGet();
                    });
                }));
            }
            go.countDown();
            for (Future<Boolean> turn : turns) {
                assertThat(turn.get()).as("every node got its turn").isTrue();
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(mostInside.get()).as("never two nodes inside at once").isEqualTo(1);
        assertThat(done.get()).isEqualTo(1);
    }

    @Test
    void a_node_gives_up_when_another_holds_the_lock_past_the_wait() {
        SimpleLock held = lockProvider
                .lock(new LockConfiguration(Instant.now(), "test-held", Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        AtomicInteger ran = new AtomicInteger();
        try {
            assertThat(locks.alone("test-held", Duration.ofMillis(500), ran::incrementAndGet))
                    .isFalse();
            assertThat(ran.get()).isZero();
        } finally {
            held.unlock();
        }
        assertThat(locks.alone("test-held", Duration.ofMillis(500), ran::incrementAndGet))
                .isTrue();
        assertThat(ran.get()).isOne();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
