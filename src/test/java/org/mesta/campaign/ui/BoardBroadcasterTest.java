package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mesta.campaign.CampaignEvents.BoardChanged;

class BoardBroadcasterTest {

    /** A UI whose session runs the command as soon as the gate opens, as push does once the session is free. */
    static class OpenUi extends UI {
        final CountDownLatch gate;

        OpenUi(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public Future<Void> access(Command command) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    private final BoardBroadcaster broadcaster = new BoardBroadcaster();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    private void listen(UI ui, String name) {
        Div view = new Div();
        ui.add(view);
        broadcaster.listenWhileAttached(view, 7, changes -> heard.add(name + changes.size()));
    }

    @Test
    void a_board_left_while_a_change_travels_does_not_keep_the_other_boards_from_hearing_of_it() {
        // A UI without a session refuses access() with UIDetachedException, as one whose page was just left.
        listen(new UI(), "left");
        listen(new OpenUi(new CountDownLatch(0)), "open");

        broadcaster.changed(new BoardChanged(7, 1));

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("open1"));
        broadcaster.changed(new BoardChanged(7, 2));
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 2);
        assertThat(heard).containsExactly("open1", "open1");
    }

    @Test
    void changes_arriving_while_a_board_waits_for_its_turn_reach_it_together_and_the_mover_does_not_wait() {
        CountDownLatch busy = new CountDownLatch(1);
        listen(new OpenUi(busy), "board");

        // The board's session is busy (the gate is shut); were it told in the mover's thread, each of these would
        // wait for the gate and the board would redraw three times.
        broadcaster.changed(new BoardChanged(7, 1));
        broadcaster.changed(new BoardChanged(7, 2));
        broadcaster.changed(new BoardChanged(7, 3));
        busy.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly("board3");
    }
}
