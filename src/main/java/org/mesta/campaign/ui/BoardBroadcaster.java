package org.mesta.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.mesta.campaign.CampaignEvents.BoardChanged;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open boards and campaign pages of a city that a card changed, once the change is committed; the
 * views then refresh through server push. It reaches the sessions of this app node; other nodes' changes
 * arrive here through BoardStamps.
 *
 * <p>The views are told on a small pool of threads, not in the request of the person who moved the card, and the
 * changes that arrive while a view is still waiting for its turn are handed to it together. UiLoadBenchmark found
 * why: with 25 ambassadors moving cards at once, each move redrew the 24 other boards one after the other inside
 * the mover's request (a UI's {@code access} runs at once when its session is free), and a round trip's p95 was
 * 11 s.
 */
// Vaadin's alias of Spring's @Component, as the views are Vaadin Components here.
@SpringComponent
class BoardBroadcaster {

    /** One open view: its UI, what it does with changes, and the changes waiting for it. */
    private record Listener(
            UI ui, Consumer<List<BoardChanged>> action, Queue<BoardChanged> pending, AtomicBoolean scheduled) {}

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();

    // Redrawing is CPU work: as many threads as cores. Daemon threads: nothing to finish when the app stops.
    private final ExecutorService pushes = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().daemon().name("board-push-", 0).factory());

    /**
     * Runs the action in the view's UI (by push) with the changes of the city made elsewhere, until the view is
     * detached (page left, session ended). Changes made in this very UI have redrawn it already.
     */
    void listenWhileAttached(Component view, long cityId, Consumer<List<BoardChanged>> action) {
        UI ui = view.getUI().orElseThrow();
        Listener listener = new Listener(ui, action, new ConcurrentLinkedQueue<>(), new AtomicBoolean());
        listeners.computeIfAbsent(cityId, c -> new CopyOnWriteArraySet<>()).add(listener);
        LivePush.needed(ui);
        view.addDetachListener(e -> {
            remove(cityId, listener);
            LivePush.notNeeded(ui);
            e.unregisterListener();
        });
    }

    private void remove(long cityId, Listener listener) {
        listeners.getOrDefault(cityId, Set.of()).remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(BoardChanged event) {
        UI origin = UI.getCurrent();
        for (Listener listener : listeners.getOrDefault(event.cityId(), Set.of())) {
            if (listener.ui() == origin) continue;
            listener.pending().add(event);
            if (listener.scheduled().compareAndSet(false, true)) {
                pushes.execute(() -> deliver(event.cityId(), listener));
            }
        }
    }

    private void deliver(long cityId, Listener listener) {
        try {
            listener.ui().access(() -> {
                listener.scheduled().set(false);
                List<BoardChanged> batch = new ArrayList<>();
                for (BoardChanged c; (c = listener.pending().poll()) != null; ) batch.add(c);
                if (!batch.isEmpty()) listener.action().accept(batch);
            });
        } catch (UIDetachedException e) {
            // The page was left while the change was on its way; its detach listener may not have run yet.
            remove(cityId, listener);
        }
    }
}
