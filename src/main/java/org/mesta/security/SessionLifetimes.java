package org.mesta.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Anonymous visitors are the many (#17): a campaign can send thousands to one city page in an hour. Their sessions
 * end a few minutes after the tab closes (an open tab's Vaadin heartbeat, every two minutes, keeps its session);
 * signing in gives the session the full lifetime of {@code server.servlet.session.timeout}. Vaadin removes a closed
 * tab's UI at once (its unload beacon), so what lingers until then is an almost empty session.
 */
@Component
class SessionLifetimes implements HttpSessionListener {

    private final int anonymousSeconds;
    private final int signedInSeconds;

    SessionLifetimes(
            @Value("${mesta.sessions.anonymous-timeout:PT6M}") Duration anonymous,
            @Value("${server.servlet.session.timeout:PT60M}") Duration signedIn) {
        this.anonymousSeconds = (int) anonymous.toSeconds();
        this.signedInSeconds = (int) signedIn.toSeconds();
    }

    /** Every session starts anonymous: sign-in happens in a request of a session that already exists. */
    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) return;
        HttpSession session = request.getRequest().getSession(false);
        if (session != null) session.setMaxInactiveInterval(signedInSeconds);
    }

    int anonymousSeconds() {
        return anonymousSeconds;
    }
}
