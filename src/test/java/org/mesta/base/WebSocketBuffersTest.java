package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** The WebSocket buffer size reaches Tomcat as its system property, and an operator's own setting stays. */
class WebSocketBuffersTest {

    private String before;

    @BeforeEach
    void keep() {
        before = System.getProperty(WebSocketBuffers.PROPERTY);
        System.clearProperty(WebSocketBuffers.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty(WebSocketBuffers.PROPERTY);
        else System.setProperty(WebSocketBuffers.PROPERTY, before);
    }

    @Test
    void sets_tomcats_buffer_size_before_the_server_starts() {
        new WebSocketBuffers(2048).customize(new TomcatServletWebServerFactory());
        assertThat(System.getProperty(WebSocketBuffers.PROPERTY)).isEqualTo("2048");
    }

    @Test
    void leaves_an_operators_own_size() {
        System.setProperty(WebSocketBuffers.PROPERTY, "4096");
        new WebSocketBuffers(2048).customize(new TomcatServletWebServerFactory());
        assertThat(System.getProperty(WebSocketBuffers.PROPERTY)).isEqualTo("4096");
    }
}
