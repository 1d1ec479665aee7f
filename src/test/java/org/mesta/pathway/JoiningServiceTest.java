package org.mesta.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;
import static org.mesta.pathway.JoiningTestData.*;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeService;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.inbox.InboxService;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.security.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class JoiningServiceTest {

    @Autowired
    JoiningService joining;

    @Autowired
    ParticipantService organiser;

    @Autowired
    JoiningJobs jobs;

    @Autowired
    CheckInCodes codes;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    JoiningSessionRepository sessionRows;

    @Autowired
    ParticipantRepository participantRows;

    @Autowired
    JoiningPersonalData personalData;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities published;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    RegistrationService registration;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @Autowired
    GreenMail smtp;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    InboxService inbox;

    long ljubljana;

    @BeforeEach
    void setUp() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private PublicOpportunity opportunity(Integer capacity, boolean badge, LocalDateTime... starts) {
        return published(users, opportunities, moderation, published, badges, capacity, badge, false, starts);
    }

    private String learner(String name) {
        return JoiningTestData.learner(registration, ljubljana, name);
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(LJUBLJANA).toInstant();
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void full_session_puts_the_next_on_the_waiting_list_and_leaving_promotes_them_with_a_mail() {
        LocalDateTime start = inDays(5, 17);
        PublicOpportunity o = opportunity(2, false, start);
        String ana = learner("Ana"), bor = learner("Bor"), cene = learner("Cene");

        assertThat(as(users, ana, () -> joining.join(o.id(), at(start))).myStatus())
                .isEqualTo(Participant.Status.JOINED);
        as(users, bor, () -> joining.join(o.id(), at(start)));
        JoiningService.SessionInfo waiting = as(users, cene, () -> joining.join(o.id(), at(start)));
        assertThat(waiting.myStatus()).isEqualTo(Participant.Status.WAITING);
        assertThat(waiting.myPosition()).isEqualTo(1);
        assertThat(waiting.placesLeft()).isZero();
        // Joining again changes nothing.
        assertThat(as(users, cene, () -> joining.join(o.id(), at(start))).waiting())
                .isEqualTo(1);

        run(users, ana, () -> joining.leave(o.id(), at(start)));

        JoiningService.SessionInfo now =
                as(users, cene, () -> joining.upcoming(o).getFirst());
        assertThat(now.myStatus()).isEqualTo(Participant.Status.JOINED);
        assertThat(now.joined()).isEqualTo(2);
        assertThat(now.waiting()).isZero();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !mailsTo(cene).stream()
                        .filter(m -> subject(m).startsWith("Imaš mesto"))
                        .toList()
                        .isEmpty());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> as(users, cene, () -> inbox.recent(10)).stream()
                        .anyMatch(n -> n.messageKey().equals("joining.notice.promoted")));
        assertThat(as(users, cene, () -> joining.nextSessions(3)))
                .singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(Participant.Status.JOINED));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void fifty_parallel_joins_for_twenty_places_give_twenty_participants_and_thirty_waiting() throws Exception {
        LocalDateTime start = inDays(6, 18);
        PublicOpportunity o = opportunity(20, false, start);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) people.add(learner("Parallel " + i));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JoiningService.SessionInfo>> results = new ArrayList<>();
        for (String email : people) {
            results.add(pool.submit(() -> {
                go.await();
                return as(users, email, () -> joining.join(o.id(), at(start)));
            }));
        }
        go.countDown();
        Map<Participant.Status, Integer> counts = new HashMap<>();
        for (var f : results) counts.merge(f.get().myStatus(), 1, Integer::sum);
        pool.shutdown();

        assertThat(counts).containsEntry(Participant.Status.JOINED, 20).containsEntry(Participant.Status.WAITING, 30);
        JoiningSession s =
                sessionRows.findByOpportunityIdAndStartsAt(o.id(), at(start)).orElseThrow();
        assertThat(participantRows.countBySessionIdAndStatus(s.getId(), Participant.Status.JOINED))
                .isEqualTo(20);
        assertThat(participantRows.countBySessionIdAndStatus(s.getId(), Participant.Status.WAITING))
                .isEqualTo(30);
    }

    @Test
    void only_learners_join_and_only_the_organisations_providers_see_the_participants() {
        LocalDateTime start = inDays(7, 10);
        PublicOpportunity o = opportunity(null, false, start);
        assertThatThrownBy(() -> joining.join(o.id(), at(start)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> as(users, PROVIDER, () -> joining.join(o.id(), at(start))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, LEARNER, () -> organiser.participants(o.id(), at(start))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, LEARNER, () -> organiser.checkInCode(o.id(), at(start))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, MODERATOR, () -> organiser.csv(o.id(), at(start), java.util.Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(users, PROVIDER, () -> organiser.participants(o.id(), at(start))))
                .isEmpty();
    }

    @Test
    void under_sixteen_without_guardian_consent_is_refused() {
        LocalDateTime start = inDays(8, 10);
        PublicOpportunity o = opportunity(null, false, start);
        String young = JoiningTestData.learner(
                registration, ljubljana, "Mala", LocalDate.now().minusYears(13));
        assertThatThrownBy(() -> as(users, young, () -> joining.join(o.id(), at(start))))
                .isInstanceOf(UserError.class)
                .hasMessage("joining.error.guardian");
    }

    @Test
    void check_in_codes_refuse_forged_expired_replayed_and_other_sessions() {
        LocalDateTime first = inDays(9, 10), second = inDays(10, 10);
        PublicOpportunity o = opportunity(null, false, first, second);
        String ana = learner("Ana");
        as(users, ana, () -> joining.join(o.id(), at(first)));

        String url = as(users, PROVIDER, () -> organiser.checkInCode(o.id(), at(first)))
                .url();
        String code = url.substring(url.lastIndexOf('/') + 1);
        String otherSession = as(users, PROVIDER, () -> organiser.checkInCode(o.id(), at(second)))
                .url();

        // Forged: a changed session, a made-up signature.
        String[] parts = code.split("\\.");
        String moved = o.id() + "." + at(second).getEpochSecond() + "." + parts[2] + "." + parts[3];
        assertRefused(ana, moved, "joining.check-in.forged");
        assertRefused(
                ana, parts[0] + "." + parts[1] + "." + parts[2] + ".AAAAAAAAAAAAAAAAAAAAAA", "joining.check-in.forged");
        assertRefused(ana, "nonsense", "joining.check-in.forged");
        // Expired: issued more than a minute ago (signed by us all the same).
        assertRefused(ana, codes.issue(o.id(), at(first), Instant.now().minusSeconds(61)), "joining.check-in.expired");
        // Another session's code: Ana has no place there.
        assertRefused(ana, otherSession.substring(otherSession.lastIndexOf('/') + 1), "joining.check-in.not-joined");

        assertThat(as(users, ana, () -> joining.checkIn(code))).isEqualTo(JoiningService.CheckInResult.CHECKED_IN);
        // The same code again by the same person: a replay.
        assertRefused(ana, code, "joining.check-in.replayed");
        // A fresh code once checked in: said kindly.
        assertThat(as(
                        users,
                        ana,
                        () -> joining.checkIn(
                                codes.issue(o.id(), at(first), Instant.now().minusSeconds(1)))))
                .isEqualTo(JoiningService.CheckInResult.ALREADY);
        assertThat(as(users, PROVIDER, () -> organiser.participants(o.id(), at(first))))
                .singleElement()
                .satisfies(p -> assertThat(p.isCheckedIn()).isTrue());
    }

    private void assertRefused(String email, String code, String key) {
        assertThatThrownBy(() -> as(users, email, () -> joining.checkIn(code)))
                .isInstanceOf(UserError.class)
                .hasMessage(key);
    }

    @Test
    void awarding_those_who_came_gives_each_one_signed_award_once_per_session() {
        LocalDateTime past = LocalDateTime.now(LJUBLJANA).minusHours(3).withNano(0);
        PublicOpportunity o = opportunity(null, true, past, inDays(11, 10));
        long badgeId = o.badges().getFirst();
        String ana = learner("Ana"), bor = learner("Bor");
        List<Participant> rows = pastParticipants(o, at(past), ana, bor);
        // Ana came (ticked by the organiser), Bor did not.
        run(
                users,
                PROVIDER,
                () -> organiser.tick(o.id(), at(past), rows.getFirst().getId(), true));

        assertThat(as(users, PROVIDER, () -> organiser.awardCheckedIn(o.id(), at(past), badgeId)))
                .isEqualTo(1);
        assertThat(as(users, PROVIDER, () -> organiser.awardCheckedIn(o.id(), at(past), badgeId)))
                .isZero();
        var given = as(users, PROVIDER, () -> awards.awardsOf(badgeId));
        assertThat(given).singleElement().satisfies(a -> {
            assertThat(a.getRecipientEmail()).isEqualTo(ana);
            assertThat(a.getEvidenceNarrative()).contains("prihod potrjen");
        });
        assertThatThrownBy(() -> as(users, LEARNER, () -> awards.awardForAttendance(badgeId, List.of(ana), "sl", "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_a_session_set_to_award_automatically_the_job_awards_those_who_came() {
        LocalDateTime past = LocalDateTime.now(LJUBLJANA).minusHours(4).withNano(0);
        PublicOpportunity o =
                published(users, opportunities, moderation, published, badges, null, true, true, past, inDays(13, 10));
        long badgeId = o.badges().getFirst();
        String ana = learner("Ana");
        List<Participant> rows = pastParticipants(o, at(past), ana);
        run(
                users,
                PROVIDER,
                () -> organiser.tick(o.id(), at(past), rows.getFirst().getId(), true));

        int[] awarded = new int[2];
        org.mesta.base.SystemTask.run(() -> awarded[0] = jobs.awardAfterSessions());
        org.mesta.base.SystemTask.run(() -> awarded[1] = jobs.awardAfterSessions());
        assertThat(as(users, PROVIDER, () -> awards.awardsOf(badgeId)))
                .singleElement()
                .satisfies(a -> assertThat(a.getRecipientEmail()).isEqualTo(ana));
    }

    /** People in a session that has already started (joining it is closed, so made directly). */
    private List<Participant> pastParticipants(PublicOpportunity o, Instant start, String... emails) {
        return tx.execute(t -> {
            JoiningSession s = sessionRows.save(new JoiningSession(o.id(), start, null, o.organisationId(), "Past"));
            List<Participant> made = new ArrayList<>();
            for (String email : emails) {
                var user = (org.mesta.base.MestaUser) users.loadUserByUsername(email);
                Participant p = new Participant(s.getId(), user.accountId(), email, user.displayName(), "sl");
                p.ask(true, Instant.now().minusSeconds(86400));
                made.add(participantRows.save(p));
            }
            return made;
        });
    }

    @Test
    void reminders_go_once_the_day_before() {
        LocalDateTime tomorrow = LocalDateTime.now(LJUBLJANA).plusHours(20).withNano(0);
        PublicOpportunity o = opportunity(null, false, tomorrow);
        String ana = learner("Ana");
        as(users, ana, () -> joining.join(o.id(), at(tomorrow)));
        remindAsSystem();
        assertThat(remindAsSystem()).as("nobody is reminded twice").isZero();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailsTo(ana).stream().anyMatch(m -> subject(m).startsWith("Jutri")));
        assertThat(mailsTo(ana).stream().filter(m -> subject(m).startsWith("Jutri")))
                .hasSize(1);
    }

    /** Nodes fire the job together (cron); one holds the lock and the others skip (ShedLock on the database). */
    @Test
    void the_job_is_skipped_while_another_node_holds_its_lock() {
        LocalDateTime tomorrow = LocalDateTime.now(LJUBLJANA).plusHours(21).withNano(0);
        PublicOpportunity o = opportunity(null, false, tomorrow);
        String ana = learner("Ana");
        as(users, ana, () -> joining.join(o.id(), at(tomorrow)));
        long session = sessionRows
                .findByOpportunityIdAndStartsAt(o.id(), at(tomorrow))
                .orElseThrow()
                .getId();
        // "Another node": this test holds the job's lock row (waiting out the test context's own scheduler, if it
        // has just run the job and keeps the lock for its minimum minute).
        SimpleLock held = await().atMost(Duration.ofSeconds(90))
                .until(
                        () -> lockProvider.lock(new LockConfiguration(
                                Instant.now(), "joining-jobs", Duration.ofMinutes(2), Duration.ZERO)),
                        Optional::isPresent)
                .orElseThrow();
        try {
            jobs.run();
        } finally {
            held.unlock();
        }
        assertThat(participantRows.findBySessionIdAndStatusOrderByAskedAtAscIdAsc(session, Participant.Status.JOINED))
                .as("the job did not run while another node held its lock")
                .allMatch(p -> p.getRemindedAt() == null);
        jobs.run();
        assertThat(participantRows.findBySessionIdAndStatusOrderByAskedAtAscIdAsc(session, Participant.Status.JOINED))
                .as("with the lock free, the job runs")
                .isNotEmpty()
                .allMatch(p -> p.getRemindedAt() != null);
    }

    private int remindAsSystem() {
        int[] n = new int[1];
        org.mesta.base.SystemTask.run(() -> n[0] = jobs.remind());
        return n[0];
    }

    @Test
    void deleting_an_account_removes_its_places_and_my_data_lists_them() {
        LocalDateTime start = inDays(12, 10);
        PublicOpportunity o = opportunity(null, false, start);
        String ana = learner("Ana");
        as(users, ana, () -> joining.join(o.id(), at(start)));
        long id = ((org.mesta.base.MestaUser) users.loadUserByUsername(ana)).accountId();
        Map<String, Object> exported = new HashMap<>();
        personalData.export(id, ana, new PersonalData.Sink() {
            public void json(String name, Object value) {
                exported.put(name, value);
            }

            public void file(String name, byte[] bytes) {}
        });
        assertThat(exported.get("sessions.json").toString()).contains("JOINED");
        tx.executeWithoutResult(t -> events.publishEvent(new AccountDeleted(id, ana)));
        assertThat(participantRows.findByAccountId(id)).isEmpty();
    }

    @Autowired
    SessionCalendar calendar;

    @Test
    void each_session_has_its_own_calendar_file_and_unknown_sessions_are_not_found() {
        LocalDateTime first = inDays(14, 17), second = inDays(21, 17);
        PublicOpportunity o = opportunity(null, false, first, second);
        var ics = calendar.session(o.id(), at(second).getEpochSecond(), "sl");
        assertThat(ics.getHeaders().getContentType().toString()).startsWith("text/calendar");
        assertThat(ics.getBody())
                .contains("BEGIN:VEVENT")
                .contains("UID:mesta-session-" + o.id() + "-" + at(second).getEpochSecond())
                .contains(o.texts("sl").title());
        assertThatThrownBy(() -> calendar.session(o.id(), at(second).getEpochSecond() + 60, "sl"))
                .isInstanceOf(org.springframework.web.server.ResponseStatusException.class);
    }

    @Test
    void csv_cells_that_look_like_formulas_are_defused() {
        assertThat(ParticipantService.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ParticipantService.safe("@SUM(1)")).startsWith("'");
        assertThat(ParticipantService.safe("Ana")).isEqualTo("Ana");
    }
}
