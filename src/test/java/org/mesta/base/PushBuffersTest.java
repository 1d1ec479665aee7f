package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import org.junit.jupiter.api.Test;
import org.mesta.Application;

/**
 * Push sockets get small buffers for incoming messages, which is safe only while the browser sends its messages over
 * HTTP (WEBSOCKET_XHR): over a plain WEBSOCKET transport a message larger than the buffer would close the socket.
 * That the open sockets get them is checked on the real board's sockets in {@code CampaignJourneyIT}.
 */
class PushBuffersTest {

    @Test
    void the_browser_sends_its_messages_over_http() {
        assertThat(Application.class.getAnnotation(Push.class).transport()).isEqualTo(Transport.WEBSOCKET_XHR);
    }
}
