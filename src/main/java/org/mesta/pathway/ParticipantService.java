package org.mesta.pathway;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.AwardService;
import org.mesta.base.MestaUser;
import org.mesta.base.RateLimits;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisers and their sessions: who joined, waits, cancelled or came; ticking names; the rotating check-in code;
 * a message to everyone taking part; the list as CSV; and the linked badge for everyone who came. Providers see
 * only their own organisation's sessions.
 */
@Service
public class ParticipantService {

    public static final int MAX_MESSAGE = 1000;
    /** How long before a session starts its badge may be awarded to those already checked in. */
    public static final Duration AWARD_FROM = Duration.ofHours(1);

    /** A session as its organiser sees it. */
    public record OrganiserSession(
            long opportunityId,
            String title,
            Instant startsAt,
            @Nullable Instant endsAt,
            long joined,
            long waiting) {}

    /** The code the check-in screen shows now, its address and when the next one comes. */
    public record CheckInCode(String url, Instant nextAt) {}

    private final PublicOpportunities opportunities;
    private final JoiningSessions sessionRows;
    private final JoiningSessionRepository sessions;
    private final ParticipantRepository participants;
    private final CheckInCodes codes;
    private final AwardService awards;
    private final CityService cities;
    private final RateLimits limits;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    ParticipantService(
            PublicOpportunities opportunities,
            JoiningSessions sessionRows,
            JoiningSessionRepository sessions,
            ParticipantRepository participants,
            CheckInCodes codes,
            AwardService awards,
            CityService cities,
            RateLimits limits,
            TranslationProvider translations,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mesta.base-url}") String baseUrl) {
        this.opportunities = opportunities;
        this.sessionRows = sessionRows;
        this.sessions = sessions;
        this.participants = participants;
        this.codes = codes;
        this.awards = awards;
        this.cities = cities;
        this.limits = limits;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The opportunity, published, of one of the provider's organisations. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public PublicOpportunity opportunity(long opportunityId) {
        PublicOpportunity o =
                opportunities.findPublic(opportunityId).orElseThrow(() -> new UserError("joining.error.not-published"));
        if (o.organisationId() == null || !MestaUser.require().organisationIds().contains(o.organisationId())) {
            throw new AccessDeniedException("not your organisation's opportunity " + opportunityId);
        }
        return o;
    }

    /** Every meeting of the opportunity with its numbers, in order. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<OrganiserSession> sessions(long opportunityId) {
        PublicOpportunity o = opportunity(opportunityId);
        String title = JoiningSessions.title(o);
        List<OrganiserSession> out = new ArrayList<>();
        for (PublicOpportunity.Meeting m : o.meetings()) {
            var row = sessionRows.find(o.id(), m.startsAt());
            out.add(new OrganiserSession(
                    o.id(),
                    title,
                    m.startsAt(),
                    m.endsAt(),
                    row.map(s -> participants.countBySessionIdAndStatus(s.getId(), Participant.Status.JOINED))
                            .orElse(0L),
                    row.map(s -> participants.countBySessionIdAndStatus(s.getId(), Participant.Status.WAITING))
                            .orElse(0L)));
        }
        return out;
    }

    /** The next sessions of the provider's organisations that anyone joined, soonest first (the dashboard). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<OrganiserSession> upcomingOfMyOrganisations(int limit) {
        var orgs = MestaUser.require().organisationIds();
        if (orgs.isEmpty()) return List.of();
        Instant from = clock.instant().minusSeconds(6 * 3600);
        return sessions.upcomingFor(orgs, from, PageRequest.of(0, Math.max(1, Math.min(limit, 50)))).stream()
                .map(s -> new OrganiserSession(
                        s.getOpportunityId(),
                        s.getTitle(),
                        s.getStartsAt(),
                        s.getEndsAt(),
                        participants.countBySessionIdAndStatus(s.getId(), Participant.Status.JOINED),
                        participants.countBySessionIdAndStatus(s.getId(), Participant.Status.WAITING)))
                .toList();
    }

    /** Everyone who asked for a place in the session, in the order they asked. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Participant> participants(long opportunityId, Instant start) {
        opportunity(opportunityId);
        return sessionRows
                .find(opportunityId, start)
                .map(s -> participants.findBySessionIdOrderByAskedAt(s.getId()))
                .orElse(List.of());
    }

    /** The organiser ticks (or unticks) a participant who came. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public void tick(long opportunityId, Instant start, long participantId, boolean came) {
        opportunity(opportunityId);
        JoiningSession s =
                sessionRows.find(opportunityId, start).orElseThrow(() -> new UserError("joining.error.no-session"));
        Participant p = participants
                .findById(participantId)
                .filter(x -> x.getSessionId() == s.getId())
                .orElseThrow(() -> new UserError("error.not-found"));
        if (p.getStatus() != Participant.Status.JOINED) {
            throw new UserError("joining.error.not-joined");
        }
        if (!came) {
            p.undoCheckIn();
            return;
        }
        if (p.isCheckedIn()) return;
        p.checkIn(clock.instant());
        events.publishEvent(
                new TakingPart.CheckedIn(p.getAccountId(), s.getOpportunityId(), s.getStartsAt(), s.getTitle()));
    }

    /** The check-in code of this moment for the session (changes every 30 seconds). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public CheckInCode checkInCode(long opportunityId, Instant start) {
        PublicOpportunity o = opportunity(opportunityId);
        JoiningSessions.meeting(o, start);
        Instant issued = CheckInCodes.rotationStart(clock.instant());
        return new CheckInCode(
                baseUrl + "/checkin/" + codes.issue(opportunityId, start, issued), issued.plus(CheckInCodes.ROTATION));
    }

    /** Writes to everyone with a place in the session (inbox and e-mail): short, and a few times an hour. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public int message(long opportunityId, Instant start, String text) {
        opportunity(opportunityId);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) throw new UserError("joining.message.empty");
        if (message.length() > MAX_MESSAGE) throw new UserError("joining.message.too-long", MAX_MESSAGE);
        long me = MestaUser.require().accountId();
        limits.attempt(RateLimits.Action.MESSAGE_PARTICIPANTS, "account-" + me, me);
        JoiningSession s =
                sessionRows.find(opportunityId, start).orElseThrow(() -> new UserError("joining.message.nobody"));
        List<JoiningEvents.Recipient> to =
                participants
                        .findBySessionIdAndStatusOrderByAskedAtAscIdAsc(s.getId(), Participant.Status.JOINED)
                        .stream()
                        .map(p -> new JoiningEvents.Recipient(p.getAccountId(), p.getEmail(), p.getLanguage()))
                        .toList();
        if (to.isEmpty()) throw new UserError("joining.message.nobody");
        events.publishEvent(new JoiningEvents.ParticipantsMessaged(to, opportunityId, start, s.getTitle(), message));
        return to.size();
    }

    /** The list as CSV (name, e-mail, status, checked in); cells that a spreadsheet would run as formulas are quoted. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public String csv(long opportunityId, Instant start, Locale locale) {
        List<Participant> list = participants(opportunityId, start);
        ZoneId zone = zone(opportunity(opportunityId));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT.print(out)) {
            csv.printRecord(
                    t("joining.csv.name", locale),
                    t("joining.csv.email", locale),
                    t("joining.csv.status", locale),
                    t("joining.csv.checked-in", locale));
            for (Participant p : list) {
                csv.printRecord(
                        safe(p.getDisplayName()),
                        safe(p.getEmail()),
                        t(p.getStatus().translationKey(), locale),
                        p.getCheckedInAt() == null ? "" : when.format(p.getCheckedInAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Records that someone came to a session that has already taken place (attendance kept elsewhere, e.g. a paper
     * list, and the demo network). Network admins only; the person counts as checked in and is told nothing.
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public void recordPastAttendance(
            long opportunityId, Instant start, long accountId, String email, String name, String language) {
        PublicOpportunity o =
                opportunities.findPublic(opportunityId).orElseThrow(() -> new UserError("joining.error.not-published"));
        if (start.isAfter(clock.instant())) throw new UserError("joining.award.not-started");
        sessionRows.ensure(o, start);
        JoiningSession s = sessionRows.lock(o, start);
        Participant p = participants
                .findBySessionIdAndAccountId(s.getId(), accountId)
                .orElseGet(() -> new Participant(s.getId(), accountId, email, name, language));
        p.ask(true, start.minusSeconds(86400));
        p.checkIn(start.plusSeconds(300));
        participants.save(p);
        events.publishEvent(new TakingPart.CheckedIn(accountId, opportunityId, start, s.getTitle()));
    }

    /** A cell a spreadsheet would take for a formula (=, +, -, @, tab, return) starts with an apostrophe. */
    static String safe(String cell) {
        if (cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    /**
     * Awards the badge (one linked to the opportunity) to everyone checked in at the session who has not yet received
     * it from this session, with their attendance as evidence. Returns how many received it.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public int awardCheckedIn(long opportunityId, Instant start, long badgeId) {
        PublicOpportunity o = opportunity(opportunityId);
        return award(o, start, badgeId);
    }

    /** The awarding itself, for the organiser's click and the scheduled job (which acts as the system). */
    int award(PublicOpportunity o, Instant start, long badgeId) {
        if (!o.badges().contains(badgeId)) {
            throw new UserError("joining.award.not-linked");
        }
        JoiningSession s = sessionRows.lockExisting(o.id(), start);
        if (s == null) return 0;
        // From an hour before it starts: people check in at the door, and some organisers award on the spot.
        if (s.getStartsAt().isAfter(clock.instant().plus(AWARD_FROM))) {
            throw new UserError("joining.award.not-started");
        }
        List<Participant> came = participants.findBySessionIdOrderByAskedAt(s.getId()).stream()
                .filter(p -> p.isCheckedIn() && p.getAwardedAt() == null)
                .toList();
        Map<String, List<Participant>> byLanguage = new LinkedHashMap<>();
        came.forEach(p -> byLanguage
                .computeIfAbsent(p.getLanguage(), k -> new ArrayList<>())
                .add(p));
        ZoneId zone = zone(o);
        Instant now = clock.instant();
        byLanguage.forEach((language, people) -> {
            Locale locale = TranslationProvider.locale(language);
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .withZone(zone)
                    .format(s.getStartsAt());
            String evidence = translations.getTranslation(
                    "joining.award.evidence", locale, o.texts(language).title(), date);
            awards.awardForAttendance(
                    badgeId, people.stream().map(Participant::getEmail).toList(), language, evidence);
            people.forEach(p -> p.awarded(now));
        });
        s.awarded(now);
        return came.size();
    }

    private ZoneId zone(PublicOpportunity o) {
        return cities.findCity(o.cityId()).map(c -> ZoneId.of(c.getTimeZone())).orElse(ZoneId.of("UTC"));
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
