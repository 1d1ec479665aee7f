package org.mesta.campaign.ui;

import com.vaadin.flow.shared.Registration;
import org.mesta.campaign.CampaignEvents.BoardChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Tells the open boards and campaign pages of a city that a card changed, once the change is committed; the
 * views then refresh through server push. It reaches the sessions of this app node (see the note in the
 * README on running several nodes).
 */
@Component
class BoardBroadcaster {

    private final Map<Long, Set<Consumer<BoardChanged>>> listeners = new ConcurrentHashMap<>();

    /** Listens for the city's changes until the component is detached (page left, session ended). */
    void listenWhileAttached(com.vaadin.flow.component.Component view, long cityId, Consumer<BoardChanged> listener) {
        Registration registration = register(cityId, listener);
        view.addDetachListener(e -> {
            registration.remove();
            e.unregisterListener();
        });
    }

    Registration register(long cityId, Consumer<BoardChanged> listener) {
        listeners.computeIfAbsent(cityId, c -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.getOrDefault(cityId, Set.of()).remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(BoardChanged event) {
        listeners.getOrDefault(event.cityId(), Set.of()).forEach(l -> l.accept(event));
    }
}
