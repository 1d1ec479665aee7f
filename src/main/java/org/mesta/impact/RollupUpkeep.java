package org.mesta.impact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mesta.badge.AwardService.AwardRevoked;
import org.mesta.badge.AwardService.BadgeAwarded;
import org.mesta.base.ClusterLocks;
import org.mesta.wallet.WalletService.HeldAwardChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the impact rollups equal to the awards. An award issued, revoked, accepted, declined or shown elsewhere
 * changes them in its own transaction (plain listeners: the figure changes with the award or not at all, and the
 * award's rows are visible there). What changes them without such an event (an account erased, a badge linked to
 * another opportunity and so to other themes, rows written by hand) is put right by the nightly rebuild. A database
 * without rollups (new, or upgraded from before them) is backfilled once at start, by one node.
 * Check-ins, applications, publications and sessions are not rolled up: the figures read them exactly.
 */
@Component
class RollupUpkeep {

    private static final Logger LOG = LoggerFactory.getLogger(RollupUpkeep.class);
    private static final String LOCK = "impact-rollups";
    private static final String BUILT = "rollups";

    private final RollupBuilder builder;
    private final ClusterLocks locks;
    private final JdbcClient jdbc;
    private final Clock clock;

    RollupUpkeep(RollupBuilder builder, ClusterLocks locks, JdbcClient jdbc, Clock clock) {
        this.builder = builder;
        this.locks = locks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(BadgeAwarded event) {
        builder.awarded(event.publicId());
    }

    @EventListener
    void on(AwardRevoked event) {
        builder.changed(event.awardId());
    }

    @EventListener
    void on(HeldAwardChanged event) {
        builder.changed(event.awardId());
    }

    /** After the start-up runners (the demo data among them): a database never rolled up is rolled up now. */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        locks.alone(LOCK, Duration.ofMinutes(10), () -> {
            boolean built = jdbc.sql("SELECT COUNT(*) FROM impact_rollup_state WHERE name = :name")
                            .param("name", BUILT)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!built) rebuildAll();
        });
    }

    /** On one node of the cluster, at night. */
    @Scheduled(cron = "0 23 3 * * *")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void nightly() {
        rebuildAll();
    }

    /** City by city, each in its own transaction, so an award in one city waits only for its own city's rebuild. */
    void rebuildAll() {
        long start = System.nanoTime();
        for (long city : builder.cities()) {
            builder.rebuild(city);
        }
        jdbc.sql("DELETE FROM impact_rollup_state WHERE name = :name")
                .param("name", BUILT)
                .update();
        jdbc.sql("INSERT INTO impact_rollup_state (name, built_at) VALUES (:name, :at)")
                .param("name", BUILT)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        LOG.info("Impact rollups rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
