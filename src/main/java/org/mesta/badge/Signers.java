package org.mesta.badge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that sign awards: one per core, shared by every issuing at once. Signing is CPU work, so more
 * threads (or a virtual thread per award) would only queue for the same cores; a fixed pool keeps a burst of lists
 * from crowding out the requests the node serves meanwhile.
 */
@Component
class Signers implements DisposableBean {

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("award-signing-", 0).daemon(true).factory());

    /**
     * {@code work(0)} … {@code work(n - 1)}, in order. The first runs on the caller's thread: it touches whatever
     * the others read (the badge's lazily loaded parts, in the caller's session) and builds the shared templates,
     * before the pool reads them. The first failure is thrown and the rest is cancelled.
     */
    <T> List<T> map(int n, IntFunction<T> work) {
        if (n == 0) return List.of();
        Object[] results = new Object[n];
        results[0] = work.apply(0);
        int chunk = Math.max(1, (n - 1 + threads * 4 - 1) / (threads * 4));
        List<Future<?>> parts = new ArrayList<>();
        for (int from = 1; from < n; from += chunk) {
            int start = from;
            int end = Math.min(n, from + chunk);
            parts.add(pool.submit(() -> {
                for (int i = start; i < end; i++) results[i] = work.apply(i);
            }));
        }
        try {
            for (Future<?> part : parts) part.get();
        } catch (ExecutionException e) {
            parts.forEach(p -> p.cancel(true));
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            parts.forEach(p -> p.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing", e);
        }
        @SuppressWarnings("unchecked")
        List<T> all = (List<T>) Arrays.asList(results);
        return all;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
