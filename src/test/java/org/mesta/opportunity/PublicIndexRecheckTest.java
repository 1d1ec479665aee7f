package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * #17: when a city's stamp is due for its once-a-second check, one request thread asks the database and the others
 * answer from the set they have, instead of all of them queueing for pooled connections at once.
 */
class PublicIndexRecheckTest {

    @Test
    void one_thread_rechecks_the_stamp_while_the_others_answer_at_once() throws Exception {
        AtomicInteger stampQueries = new AtomicInteger();
        CountDownLatch databaseSlow = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);
        Instant published = Instant.parse("2026-11-24T17:00:00Z");
        // A stand-in for the repository: the stamp query blocks (a busy database) after the first load.
        PublishedOpportunityRepository repository = (PublishedOpportunityRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {PublishedOpportunityRepository.class},
                (p, m, args) -> switch (m.getName()) {
                    case "stamp" -> {
                        if (stampQueries.incrementAndGet() > 1) {
                            asked.countDown();
                            databaseSlow.await(10, TimeUnit.SECONDS);
                        }
                        yield List.<Object[]>of(new Object[] {0L, published});
                    }
                    case "indexRows" -> List.of();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        PublicIndex index = new PublicIndex(repository);
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        String tag = index.version(7L, now).tag();
        assertThat(stampQueries).hasValue(1);

        Thread.sleep(1100); // past the once-a-second recheck
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = threads.submit(() -> index.version(7L, now).tag());
            assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(threads.submit(() -> index.version(7L, now).tag()));
            }
            for (Future<String> other : others) {
                assertThat(other.get(2, TimeUnit.SECONDS))
                        .as("answered from the set it has")
                        .isEqualTo(tag);
            }
            assertThat(first.isDone()).as("still asking the database").isFalse();
            databaseSlow.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(tag);
            assertThat(stampQueries).as("the first load and one recheck").hasValue(2);
        } finally {
            databaseSlow.countDown();
            threads.shutdownNow();
        }
    }
}
