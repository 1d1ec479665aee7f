package org.mesta.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import org.mesta.base.MestaUser;
import org.springframework.stereotype.Component;

/**
 * Anonymous visitors' pages run without server push (#17): nothing public is pushed (only the campaign board is, to
 * signed-in ambassadors), and an open push connection per anonymous tab costs server memory (the WebSocket and its
 * Atmosphere resource) for thousands of visitors. Their clicks travel as ordinary requests. Signing in loads a new
 * page (the sign-in form posts, an invitation reloads), so a signed-in person's UI is made with push as
 * {@code @Push} on the application asks.
 */
@Component
class AnonymousWithoutPush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            if (MestaUser.current().isEmpty()) {
                e.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
            }
        });
    }
}
