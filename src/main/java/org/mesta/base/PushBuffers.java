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
 * The buffers Atmosphere gives every push socket (#17). Its {@code WebSocket} allocates a byte and a char buffer of
 * {@code org.atmosphere.websocket.bufferSize} when the socket opens and keeps them while it is open; Vaadin sets that
 * size to 16 KB, so an open board or campaign page held 48 KB (a char takes two bytes) of buffers that Atmosphere
 * only ever clears when the socket closes: messages are written through Tomcat's own buffers. So they are 1 KB here.
 *
 * <p>Atmosphere reads the size for each new socket from its framework, which Vaadin builds when the servlet context
 * starts, before the service: setting it on that framework when the service starts is what takes effect (its own
 * parameters win over the servlet's).
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String SIZE = "org.atmosphere.websocket.bufferSize";

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
            log.info("Push runs without a pre-built Atmosphere: its sockets keep Vaadin's 16 KB buffers");
            return;
        }
        apply(atmosphere);
    }

    void apply(AtmosphereFramework atmosphere) {
        atmosphere.addInitParameter(SIZE, Integer.toString(size));
    }

    private static @Nullable AtmosphereFramework framework(VaadinServletService service) {
        var servlet = service.getServlet();
        Object found = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        return found instanceof AtmosphereFramework atmosphere ? atmosphere : null;
    }
}
