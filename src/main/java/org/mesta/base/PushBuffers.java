package org.mesta.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The buffers every push socket keeps for messages coming in over it (#17). Vaadin tells Atmosphere to give each
 * socket room for a 16 KB text and a 16 KB binary message, which Tomcat allocates when the socket opens and holds
 * while it is open: about 48 KB per open board or campaign page (a char takes two bytes). With push over
 * WEBSOCKET_XHR (the {@code @Push} default, which Mesta keeps) nothing but Atmosphere's few-byte heartbeats comes in
 * over the socket: the browser sends its changes by HTTP. So the room is 1 KB here.
 *
 * <p>Atmosphere reads these sizes for each new socket from its framework, which Vaadin builds when the servlet
 * context starts, before the service: setting them on that framework when the service starts is what takes effect
 * (its own parameters win over the servlet's).
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String TEXT = "org.atmosphere.websocket.maxTextMessageSize";
    static final String BINARY = "org.atmosphere.websocket.maxBinaryMessageSize";

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    private final int size;

    PushBuffers(@Value("${mesta.push.message-buffer:1024}") int size) {
        this.size = size;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) return;
        AtmosphereFramework atmosphere = framework(service);
        if (atmosphere == null) {
            log.info("Push runs without a pre-built Atmosphere: its sockets keep Vaadin's message buffers");
            return;
        }
        apply(atmosphere);
    }

    void apply(AtmosphereFramework atmosphere) {
        atmosphere.addInitParameter(TEXT, Integer.toString(size));
        atmosphere.addInitParameter(BINARY, Integer.toString(size));
    }

    private static @Nullable AtmosphereFramework framework(VaadinServletService service) {
        var servlet = service.getServlet();
        Object found = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        return found instanceof AtmosphereFramework atmosphere ? atmosphere : null;
    }
}
