package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The signing pool: every core, results in order, the first failure fails the whole list. */
class SignersTest {

    final Signers signers = new Signers();

    @AfterEach
    void stop() {
        signers.destroy();
    }

    @Test
    void results_come_back_in_order_from_a_pool_no_larger_than_the_cores() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        var squares = signers.map(1_000, i -> {
            threads.add(Thread.currentThread().getName());
            return i * i;
        });
        assertThat(squares)
                .containsExactlyElementsOf(
                        IntStream.range(0, 1_000).mapToObj(i -> i * i).toList());
        // the pool's threads and the caller's (which does the first)
        assertThat(threads.size()).isBetween(1, Runtime.getRuntime().availableProcessors() + 1);
        assertThat(threads).contains(Thread.currentThread().getName());
    }

    @Test
    void a_failure_on_a_pool_thread_fails_the_whole_list() {
        assertThatThrownBy(() -> signers.map(500, i -> {
                    if (i == 377) throw new IllegalArgumentException("row 377");
                    return i;
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 377");
        assertThat(signers.map(3, i -> i)).containsExactly(0, 1, 2);
    }
}
