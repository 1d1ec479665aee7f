package org.mesta.campaign;

import static org.mesta.SignedIn.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People reordering one column of the board at the same moment, each from a thread of their own: person p moves the
 * cards at p, p + n, p + 2n… of the list (their own), round after round, each to the top of the Idea column but the
 * first card of each person, which goes to the bottom. Returns what the moves threw (nothing, if they all landed).
 */
public final class ConcurrentMoves {

    private ConcurrentMoves() {}

    public static List<Throwable> run(
            BoardService board, UserDetailsService users, List<String> people, List<Campaign> cards, int rounds)
            throws InterruptedException {
        var start = new CountDownLatch(1);
        var failures = new ConcurrentLinkedQueue<Throwable>();
        List<Thread> threads = new ArrayList<>();
        for (int person = 0; person < people.size(); person++) {
            int me = person;
            threads.add(Thread.ofPlatform().start(() -> {
                as(users, people.get(me));
                try {
                    start.await();
                    Map<Long, Long> versions = new HashMap<>();
                    for (int round = 0; round < rounds; round++) {
                        for (int i = me; i < cards.size(); i += people.size()) {
                            Campaign c = cards.get(i);
                            long version = versions.getOrDefault(c.getId(), c.getVersion());
                            int to = i < people.size() ? Integer.MAX_VALUE : 0;
                            versions.put(
                                    c.getId(),
                                    board.move(c.getId(), version, Stage.IDEA, to, null)
                                            .getVersion());
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        for (Thread t : threads) t.join(120_000);
        return List.copyOf(failures);
    }
}
