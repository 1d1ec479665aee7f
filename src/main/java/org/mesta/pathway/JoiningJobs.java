package org.mesta.pathway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mesta.base.SystemTask;
import org.mesta.base.UserError;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The joining side's clockwork, every few minutes: the day before a session its participants are reminded (once:
 * the reminded mark is set under the session's lock, so two app nodes never both remind), and after a session
 * whose opportunity says so, the linked badge goes to everyone checked in. Old used check-in codes are forgotten.
 */
@Component
class JoiningJobs {

    private static final Logger LOG = LoggerFactory.getLogger(JoiningJobs.class);
    static final Duration REMIND_BEFORE = Duration.ofHours(24);
    /** Sessions over longer than this are left to the organiser's click. */
    static final Duration AWARD_WITHIN = Duration.ofDays(7);

    private final JoiningSessionRepository sessions;
    private final ParticipantRepository participants;
    private final UsedCheckInCodeRepository usedCodes;
    private final PublicOpportunities opportunities;
    private final ParticipantService organisers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    JoiningJobs(
            JoiningSessionRepository sessions,
            ParticipantRepository participants,
            UsedCheckInCodeRepository usedCodes,
            PublicOpportunities opportunities,
            ParticipantService organisers,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.sessions = sessions;
        this.participants = participants;
        this.usedCodes = usedCodes;
        this.opportunities = opportunities;
        this.organisers = organisers;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    // Every five minutes on one node of the cluster: the cron fires on every node together and the lock picks one;
    // held at least a minute so a node whose clock runs a little late does not run it a second time.
    @Scheduled(cron = "0 */5 * * * *")
    @SchedulerLock(name = "joining-jobs", lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
    void run() {
        SystemTask.run(() -> {
            remind();
            awardAfterSessions();
            tx.executeWithoutResult(t -> usedCodes.forgetBefore(clock.instant().minus(Duration.ofDays(1))));
        });
    }

    /** Reminds everyone with a place in a session starting within a day, once each. */
    int remind() {
        Instant now = clock.instant();
        int reminded = 0;
        for (JoiningSession s : sessions.findByStartsAtBetweenOrderByStartsAt(now, now.plus(REMIND_BEFORE))) {
            Integer count = tx.execute(t -> {
                JoiningSession locked = sessions.lockByOpportunityIdAndStartsAt(s.getOpportunityId(), s.getStartsAt())
                        .orElseThrow();
                int n = 0;
                for (Participant p : participants.findBySessionIdAndStatusOrderByAskedAtAscIdAsc(
                        locked.getId(), Participant.Status.JOINED)) {
                    if (p.getRemindedAt() != null) continue;
                    p.reminded(now);
                    n++;
                    events.publishEvent(new JoiningEvents.ReminderDue(
                            p.getAccountId(),
                            p.getEmail(),
                            p.getLanguage(),
                            locked.getOpportunityId(),
                            locked.getStartsAt(),
                            locked.getTitle()));
                }
                return n;
            });
            reminded += count == null ? 0 : count;
        }
        return reminded;
    }

    /** After each session of an opportunity set to award automatically: its first linked badge to those who came. */
    int awardAfterSessions() {
        Instant now = clock.instant();
        int awarded = 0;
        List<JoiningSession> started = sessions.startedBetween(now, now.minus(AWARD_WITHIN));
        for (JoiningSession s : started) {
            if (s.over().isAfter(now)) continue;
            PublicOpportunity o = opportunities.findPublic(s.getOpportunityId()).orElse(null);
            if (o == null || !o.awardOnCheckIn() || o.badges().isEmpty()) continue;
            try {
                Integer n = tx.execute(
                        t -> organisers.award(o, s.getStartsAt(), o.badges().getFirst()));
                awarded += n == null ? 0 : n;
            } catch (UserError | IllegalStateException e) {
                LOG.warn(
                        "Could not award after session {} of {}: {}",
                        s.getStartsAt(),
                        s.getOpportunityId(),
                        e.getMessage());
            }
        }
        return awarded;
    }
}
