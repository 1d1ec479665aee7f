package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * #17: unfinished event reactions run again from a scheduled job on one node, and only once they are stale, instead
 * of on every restart (which would take over what another node is still doing). Real registry, real database.
 */
@SpringBootTest
@ActiveProfiles("test")
class EventResubmissionTest {

    @Autowired
    EventResubmission job;

    @Autowired
    ResubmissionProbe listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${mesta.events.resubmit-after}")
    Duration staleAfter;

    @AfterEach
    void forgetTestPublications() {
        jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE EVENT_TYPE = ?", ResubmissionProbe.Probed.class.getName());
    }

    private String status(String name) {
        return jdbc.queryForObject(
                "SELECT STATUS FROM EVENT_PUBLICATION WHERE EVENT_TYPE = ? AND SERIALIZED_EVENT LIKE ?",
                String.class,
                ResubmissionProbe.Probed.class.getName(),
                "%\"" + name + "\"%");
    }

    @Test
    void a_stale_unfinished_reaction_is_resubmitted_once_and_a_fresh_one_is_left_to_its_node() {
        assertThat(staleAfter).as("long enough for a live node's queue").isGreaterThanOrEqualTo(Duration.ofMinutes(30));
        tx.executeWithoutResult(t -> {
            events.publishEvent(new ResubmissionProbe.Probed("stale"));
            events.publishEvent(new ResubmissionProbe.Probed("fresh"));
        });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> listener.calls("stale") == 1
                        && listener.calls("fresh") == 1
                        && "FAILED".equals(status("stale"))
                        && "FAILED".equals(status("fresh")));

        // The stale one was published before the threshold (as if its node died long ago); the fresh one just now.
        jdbc.update(
                "UPDATE EVENT_PUBLICATION SET PUBLICATION_DATE = ? WHERE EVENT_TYPE = ? AND SERIALIZED_EVENT LIKE ?",
                Timestamp.from(Instant.now().minus(staleAfter).minusSeconds(60)),
                ResubmissionProbe.Probed.class.getName(),
                "%\"stale\"%");

        // The schedule runs in the test JVM too: a quarter-hour tick may hold the lock for its minute. This is the
        // next run, after that lock has ended.
        jdbc.update("DELETE FROM shedlock WHERE name = 'event-resubmission'");
        job.resubmitStale();
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status("stale")));
        // The cron fires on every node at once: the others find the lock taken (and nothing stale left anyway).
        job.resubmitStale();
        job.resubmitStale();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> listener.calls("stale") == 2);
        assertThat(listener.calls("stale"))
                .as("first attempt and one resubmission")
                .isEqualTo(2);
        assertThat(listener.calls("fresh"))
                .as("left to the node that published it")
                .isEqualTo(1);
        assertThat(status("fresh")).isEqualTo("FAILED");
    }

    @Test
    void a_restarting_node_does_not_republish_what_another_node_may_be_doing(
            @Value("${spring.modulith.events.republish-outstanding-events-on-restart}") boolean republishOnRestart) {
        assertThat(republishOnRestart).isFalse();
    }
}
