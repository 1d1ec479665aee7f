package org.mesta.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat gives every WebSocket three 8 KB buffers (frames in, frames out, text being encoded), held for as long as the
 * socket is open: an open board or campaign page (push) holds them for hours (#17). Push messages are a few
 * kilobytes at most and what comes in is heartbeats, so smaller buffers cost a few more writes for a big change and
 * save about 18 KB per open board tab. Tomcat reads the size once, from a system property, when its WebSocket
 * support starts: it is set here before the server starts, unless the operator set it.
 */
@Component
class WebSocketBuffers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private final int size;

    WebSocketBuffers(@Value("${mesta.push.socket-buffer:2048}") int size) {
        this.size = size;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Integer.toString(size));
        }
    }
}
