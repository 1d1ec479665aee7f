package org.mesta.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * The visitor's IP address as the servlet container reports it ({@code getRemoteAddr()}, which the forwarded-header
 * set-up turns into the real client behind a trusted proxy), for rate limits.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null
                && session.getBrowser() != null
                && session.getBrowser().getAddress() != null) {
            return session.getBrowser().getAddress();
        }
        return "unknown";
    }
}
