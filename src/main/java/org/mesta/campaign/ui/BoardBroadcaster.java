package org.mesta.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.mesta.campaign.CampaignEvents.BoardChanged;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open boards and campaign pages of a city that a card changed, once the change is committed; the
 * views then refresh through server push. It reaches the sessions of this app node; other nodes' changes
 * arrive here through BoardStamps.
 */
// Vaadin's alias of Spring's @Component, as the views are Vaadin Components here.
@SpringComponent
class BoardBroadcaster {

    private final Map<Long, Set<Consumer<BoardChanged>>> listeners = new ConcurrentHashMap<>();

    /**
     * Runs the action in the view's UI (by push) for every change of the city made elsewhere, until the view is
     * detached (page left, session ended). Changes made in this very UI have redrawn it already.
     */
    void listenWhileAttached(Component view, long cityId, Consumer<BoardChanged> action) {
        UI ui = view.getUI().orElseThrow();
        Registration registration = register(cityId, changed -> {
            if (UI.getCurrent() != ui) ui.access(() -> action.accept(changed));
        });
        view.addDetachListener(e -> {
            registration.remove();
            e.unregisterListener();
        });
    }

    private Registration register(long cityId, Consumer<BoardChanged> listener) {
        listeners.computeIfAbsent(cityId, c -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.getOrDefault(cityId, Set.of()).remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(BoardChanged event) {
        listeners.getOrDefault(event.cityId(), Set.of()).forEach(l -> l.accept(event));
    }
}
