package org.mesta.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learners taking part: the sessions of a published opportunity with their places, joining (a place, else the
 * waiting list), leaving (the first waiting person moves up), their own sessions, and checking in with the
 * organiser's code.
 */
@Service
public class JoiningService {

    /** Under this age (by birth date) joining needs a guardian's consent in place. */
    static final int GUARDIAN_AGE = 16;

    /** One session as the public page and the learner see it. */
    public record SessionInfo(
            long opportunityId,
            Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable Integer capacity,
            long joined,
            long waiting,
            Participant.@Nullable Status myStatus,
            long myPosition,
            boolean checkedIn) {

        /** Places left, or null when unlimited. */
        public @Nullable Long placesLeft() {
            return capacity == null ? null : Math.max(0, capacity - joined);
        }
    }

    /** One of the learner's sessions. */
    public record MySession(
            long opportunityId,
            String title,
            Instant startsAt,
            @Nullable Instant endsAt,
            Participant.Status status,
            long position,
            boolean checkedIn) {}

    public enum CheckInResult {
        CHECKED_IN,
        ALREADY
    }

    private final PublicOpportunities opportunities;
    private final JoiningSessions sessionRows;
    private final JoiningSessionRepository sessions;
    private final ParticipantRepository participants;
    private final UsedCheckInCodeRepository usedCodes;
    private final CheckInCodes codes;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    JoiningService(
            PublicOpportunities opportunities,
            JoiningSessions sessionRows,
            JoiningSessionRepository sessions,
            ParticipantRepository participants,
            UsedCheckInCodeRepository usedCodes,
            CheckInCodes codes,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.opportunities = opportunities;
        this.sessionRows = sessionRows;
        this.sessions = sessions;
        this.participants = participants;
        this.usedCodes = usedCodes;
        this.codes = codes;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The sessions still to come, with places left and, for a signed-in visitor, their own place. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SessionInfo> upcoming(PublicOpportunity o) {
        Instant now = clock.instant();
        List<Instant> starts = o.meetings().stream()
                .map(PublicOpportunity.Meeting::startsAt)
                .filter(s -> s != null && s.isAfter(now))
                .toList();
        return infos(o, starts);
    }

    List<SessionInfo> infos(PublicOpportunity o, List<Instant> starts) {
        Map<Instant, JoiningSession> rows = new HashMap<>();
        if (!starts.isEmpty()) {
            sessions.findByOpportunityIdAndStartsAtIn(o.id(), starts).forEach(s -> rows.put(s.getStartsAt(), s));
        }
        Long me = MestaUser.current().map(MestaUser::accountId).orElse(null);
        Map<Long, Participant> mine = new HashMap<>();
        if (me != null && !rows.isEmpty()) {
            participants
                    .findBySessionIdInAndAccountId(
                            rows.values().stream().map(JoiningSession::getId).toList(), me)
                    .forEach(p -> mine.put(p.getSessionId(), p));
        }
        List<SessionInfo> out = new ArrayList<>();
        for (PublicOpportunity.Meeting m : o.meetings()) {
            if (!starts.contains(m.startsAt())) continue;
            JoiningSession row = rows.get(m.startsAt());
            if (row == null) {
                out.add(new SessionInfo(o.id(), m.startsAt(), m.endsAt(), o.capacity(), 0, 0, null, 0, false));
                continue;
            }
            Participant p = mine.get(row.getId());
            Participant.Status status = p == null ? null : p.getStatus();
            long position = status == Participant.Status.WAITING ? position(p) : 0;
            out.add(new SessionInfo(
                    o.id(),
                    m.startsAt(),
                    m.endsAt(),
                    o.capacity(),
                    participants.countBySessionIdAndStatus(row.getId(), Participant.Status.JOINED),
                    participants.countBySessionIdAndStatus(row.getId(), Participant.Status.WAITING),
                    status,
                    position,
                    p != null && p.isCheckedIn()));
        }
        return out;
    }

    private long position(Participant p) {
        return participants.ahead(p.getSessionId(), Participant.Status.WAITING, p.getAskedAt(), p.getId()) + 1;
    }

    /**
     * Joins a session: a place while there is one, else the waiting list. Joining again while in changes nothing.
     * The session's row is locked meanwhile, so parallel joins never give more places than there are.
     */
    @PreAuthorize("hasRole('LEARNER')")
    public SessionInfo join(long opportunityId, Instant start) {
        MestaUser me = MestaUser.require();
        PublicOpportunity o = published(opportunityId);
        if (!o.joinsInMesta()) {
            throw new UserError("joining.error.not-in-mesta");
        }
        Instant now = clock.instant();
        if (!JoiningSessions.meeting(o, start).startsAt().isAfter(now)) {
            throw new UserError("joining.error.past");
        }
        requireGuardianConsent(accounts.me(), LocalDate.ofInstant(now, ZoneOffset.UTC));
        // Not one transaction around all: making the row first (its own) keeps each join to one connection.
        sessionRows.ensure(o, start);
        return Objects.requireNonNull(inTransaction.execute(t -> joinLocked(o, start, me, now)));
    }

    private SessionInfo joinLocked(PublicOpportunity o, Instant start, MestaUser me, Instant now) {
        JoiningSession s = sessionRows.lock(o, start);
        Participant p = participants
                .findBySessionIdAndAccountId(s.getId(), me.accountId())
                .orElseGet(
                        () -> new Participant(s.getId(), me.accountId(), me.email(), me.displayName(), me.language()));
        if (p.getStatus() == Participant.Status.CANCELLED) {
            long joined = participants.countBySessionIdAndStatus(s.getId(), Participant.Status.JOINED);
            p.ask(o.capacity() == null || joined < o.capacity(), now);
            participants.saveAndFlush(p);
        }
        return infos(o, List.of(start)).getFirst();
    }

    /** Under 16 by birth date: only with a guardian's consent in place (the account is not limited). */
    static void requireGuardianConsent(Account a, LocalDate today) {
        Integer age = a.ageOn(today);
        if (age != null && age < GUARDIAN_AGE && a.isLimited()) {
            throw new UserError("joining.error.guardian");
        }
    }

    /** Leaves a session (or its waiting list); a freed place goes to the first waiting, who is told. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void leave(long opportunityId, Instant start) {
        MestaUser me = MestaUser.require();
        JoiningSession s = sessionRows.lockExisting(opportunityId, start);
        if (s == null) return;
        Optional<Participant> mine = participants.findBySessionIdAndAccountId(s.getId(), me.accountId());
        if (mine.isEmpty() || mine.get().getStatus() == Participant.Status.CANCELLED) return;
        mine.get().cancel();
        participants.saveAndFlush(mine.get());
        opportunities.findPublic(opportunityId).ifPresent(o -> promote(s, o.capacity()));
    }

    /** Gives free places to those waiting, first come first served; the session's row is locked. */
    void promote(JoiningSession s, @Nullable Integer capacity) {
        if (s.getStartsAt().isBefore(clock.instant())) return;
        long joined = participants.countBySessionIdAndStatus(s.getId(), Participant.Status.JOINED);
        for (Participant w :
                participants.findBySessionIdAndStatusOrderByAskedAtAscIdAsc(s.getId(), Participant.Status.WAITING)) {
            if (capacity != null && joined >= capacity) break;
            w.promote();
            joined++;
            events.publishEvent(new JoiningEvents.PromotedFromWaitingList(
                    w.getAccountId(),
                    w.getEmail(),
                    w.getLanguage(),
                    s.getOpportunityId(),
                    s.getStartsAt(),
                    s.getTitle()));
        }
    }

    /** The learner's sessions: those to come first (soonest first), then the past ones (latest first). */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public List<MySession> mySessions() {
        Instant now = clock.instant();
        List<MySession> all = mine(true);
        List<MySession> upcoming = all.stream()
                .filter(m -> m.startsAt().isAfter(now) && m.status() != Participant.Status.CANCELLED)
                .sorted(Comparator.comparing(MySession::startsAt))
                .toList();
        List<MySession> past = all.stream()
                .filter(m -> !m.startsAt().isAfter(now) && (m.status() == Participant.Status.JOINED || m.checkedIn()))
                .sorted(Comparator.comparing(MySession::startsAt).reversed())
                .toList();
        List<MySession> out = new ArrayList<>(upcoming);
        out.addAll(past);
        return out;
    }

    /** The learner's next sessions (joined or waiting), soonest first. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public List<MySession> nextSessions(int limit) {
        Instant now = clock.instant();
        return mine(true).stream()
                .filter(m -> m.startsAt().isAfter(now) && m.status() != Participant.Status.CANCELLED)
                .sorted(Comparator.comparing(MySession::startsAt))
                .limit(Math.max(0, limit))
                .toList();
    }

    private List<MySession> mine(boolean withPositions) {
        long me = MestaUser.require().accountId();
        List<Participant> rows = participants.findByAccountId(me);
        Map<Long, JoiningSession> byId = new HashMap<>();
        sessions.findAllById(rows.stream().map(Participant::getSessionId).toList())
                .forEach(s -> byId.put(s.getId(), s));
        return rows.stream()
                .filter(p -> byId.containsKey(p.getSessionId()))
                .map(p -> {
                    JoiningSession s = byId.get(p.getSessionId());
                    return new MySession(
                            s.getOpportunityId(),
                            s.getTitle(),
                            s.getStartsAt(),
                            s.getEndsAt(),
                            p.getStatus(),
                            withPositions && p.getStatus() == Participant.Status.WAITING ? position(p) : 0,
                            p.isCheckedIn());
                })
                .toList();
    }

    /**
     * Checks the signed-in participant in with the code the organiser's screen shows. Refused: a code we did not sign
     * (or changed), one past its minute, one this person used before, one of a session they did not join.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = UserError.class)
    public CheckInResult checkIn(String code) {
        MestaUser me = MestaUser.require();
        Instant now = clock.instant();
        CheckInCodes.Checked checked = codes.check(code, now);
        switch (checked.verdict()) {
            case FORGED -> throw new UserError("joining.check-in.forged");
            case EXPIRED -> throw new UserError("joining.check-in.expired");
            case GOOD -> {}
        }
        CheckInCodes.Code c = checked.code();
        if (usedCodes.existsByAccountIdAndCodeHash(me.accountId(), c.hash())) {
            throw new UserError("joining.check-in.replayed");
        }
        JoiningSession s = sessionRows
                .find(c.opportunityId(), c.sessionStart())
                .orElseThrow(() -> new UserError("joining.check-in.not-joined"));
        Participant p = participants
                .findBySessionIdAndAccountId(s.getId(), me.accountId())
                .filter(x -> x.getStatus() == Participant.Status.JOINED)
                .orElseThrow(() -> new UserError("joining.check-in.not-joined"));
        usedCodes.saveAndFlush(new UsedCheckInCode(me.accountId(), c.hash(), now));
        if (p.isCheckedIn()) {
            return CheckInResult.ALREADY;
        }
        p.checkIn(now);
        participants.saveAndFlush(p);
        events.publishEvent(
                new TakingPart.CheckedIn(p.getAccountId(), s.getOpportunityId(), s.getStartsAt(), s.getTitle()));
        return CheckInResult.CHECKED_IN;
    }

    /** The session a check-in code names, for the page that answers it (null for codes we did not sign). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> titleOfCode(String code) {
        CheckInCodes.Checked checked = codes.check(code, clock.instant());
        if (checked.code() == null) return Optional.empty();
        return sessionRows
                .find(checked.code().opportunityId(), checked.code().sessionStart())
                .map(JoiningSession::getTitle);
    }

    private PublicOpportunity published(long opportunityId) {
        return opportunities.findPublic(opportunityId).orElseThrow(() -> new UserError("joining.error.no-session"));
    }

    static boolean learner(MestaUser u) {
        return u.has(Role.LEARNER);
    }
}
