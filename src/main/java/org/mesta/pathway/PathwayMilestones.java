package org.mesta.pathway;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.base.SystemTask;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayEvents.Enrolled;
import org.mesta.pathway.PathwayEvents.MilestoneAwarded;
import org.mesta.pathway.PathwayEvents.StepBadgeArrived;
import org.mesta.security.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Progress happens when a learner receives a badge, is checked in at a session, or enrols: each time their pathways
 * are counted again; a step's badge is announced, and a completed pathway's milestone badge is awarded by the system —
 * exactly once, however often or concurrently the completing events arrive: the milestone row (unique per learner and
 * pathway) is written before the award, in the award's own transaction, so a second attempt fails and rolls back.
 */
@Component
class PathwayMilestones {

    private static final Logger log = LoggerFactory.getLogger(PathwayMilestones.class);

    private final EnrolmentRepository enrolments;
    private final PathwayMilestoneRepository milestones;
    private final PathwayAttendanceRepository attendance;
    private final PublicPathways publicPathways;
    private final AwardService awards;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String baseUrl;

    PathwayMilestones(
            EnrolmentRepository enrolments,
            PathwayMilestoneRepository milestones,
            PathwayAttendanceRepository attendance,
            PublicPathways publicPathways,
            AwardService awards,
            AccountService accounts,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${mesta.base-url}") String baseUrl) {
        this.enrolments = enrolments;
        this.milestones = milestones;
        this.attendance = attendance;
        this.publicPathways = publicPathways;
        this.awards = awards;
        this.accounts = accounts;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void awarded(AwardService.BadgeAwarded event) {
        if (event.accountId() == null) return;
        SystemTask.run(() -> recheck(event.accountId(), event.badgeId()));
    }

    @ApplicationModuleListener
    void checkedIn(TakingPart.CheckedIn event) {
        SystemTask.run(() -> {
            try {
                tx.executeWithoutResult(s -> {
                    if (!attendance.existsByAccountIdAndOpportunityId(event.accountId(), event.opportunityId())) {
                        attendance.saveAndFlush(
                                new PathwayAttendance(event.accountId(), event.opportunityId(), event.sessionStart()));
                    }
                });
            } catch (DataIntegrityViolationException twice) {
                // heard twice at once: the first one counts
            }
            recheck(event.accountId(), null);
        });
    }

    @ApplicationModuleListener
    void enrolled(Enrolled event) {
        SystemTask.run(() -> recheck(event.accountId(), null));
    }

    /**
     * Counts the learner's pathways again (as the system). {@code arrivedBadge}: a badge just awarded, announced to
     * the learner for each pathway whose step it completes.
     */
    void recheck(long accountId, @Nullable Long arrivedBadge) {
        var recipient = accounts.recipient(accountId).orElse(null);
        if (recipient == null) return;
        List<AwardService.Held> held = awards.heldBy(accountId, recipient.emailConfirmed() ? recipient.email() : null);
        Set<Long> heldIds = held.stream().map(AwardService.Held::badgeId).collect(Collectors.toSet());
        Set<Long> attended = attendance.findByAccountId(accountId).stream()
                .map(PathwayAttendance::getOpportunityId)
                .collect(Collectors.toSet());
        String language = recipient.language() == null ? "en" : recipient.language();
        for (Enrolment e : enrolments.findByAccountIdOrderByEnrolledAtDesc(accountId)) {
            Optional<PublicPathways.PublicPathway> found = publicPathways.find(e.getPathwayId(), language);
            if (found.isEmpty()) continue;
            PublicPathways.PublicPathway p = found.get();
            PathwayProgress progress = EnrolmentService.progress(p, heldIds, attended);
            if (arrivedBadge != null && completesAStep(p, arrivedBadge)) {
                // In a transaction, so the event registry keeps the notice until the inbox has it.
                StepBadgeArrived arrived = new StepBadgeArrived(accountId, p.id(), p.title(), nameOf(p, arrivedBadge));
                tx.executeWithoutResult(s -> events.publishEvent(arrived));
            }
            try {
                tx.executeWithoutResult(s -> progressed(e.getId(), p, progress, held, recipient.email(), language));
            } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException concurrent) {
                // Another reaction counted (and awarded) at the same moment: its milestone stands, this one is undone.
                log.debug("Pathway {} for account {} was counted concurrently", p.id(), accountId);
            }
        }
    }

    private void progressed(
            long enrolmentId,
            PublicPathways.PublicPathway p,
            PathwayProgress progress,
            List<AwardService.Held> held,
            String email,
            String language) {
        Enrolment e = enrolments.findById(enrolmentId).orElse(null);
        if (e == null) return;
        boolean complete = progress.complete() && p.milestoneBadgeId() != null;
        e.progressed(progress.next(), complete ? clock.instant() : null);
        enrolments.saveAndFlush(e);
        if (!complete
                || milestones
                        .findByPathwayIdAndAccountId(p.id(), e.getAccountId())
                        .isPresent()) return;
        PathwayMilestone m = milestones.saveAndFlush(new PathwayMilestone(p.id(), e.getAccountId(), clock.instant()));
        Award award = awards.awardMilestone(p.milestoneBadgeId(), email, language, evidence(p, progress, held));
        m.awarded(award.getPublicId());
        milestones.save(m);
        events.publishEvent(new MilestoneAwarded(e.getAccountId(), p.id(), p.title(), award.getPublicId()));
    }

    /** The awards that completed the pathway, with their public pages, and the sessions attended. */
    private String evidence(PublicPathways.PublicPathway p, PathwayProgress progress, List<AwardService.Held> held) {
        Map<Long, String> awardOf = new HashMap<>();
        held.forEach(h -> awardOf.putIfAbsent(h.badgeId(), h.publicId()));
        StringBuilder text = new StringBuilder(
                "Completed the pathway \"" + p.title() + "\" (" + baseUrl + "/pathways/" + p.id() + "):");
        for (int i = 0; i < p.steps().size(); i++) {
            if (!progress.done().get(i) || p.steps().get(i).isEmpty()) continue;
            ShownStep s = p.steps().get(i).get();
            List<Long> badges = s.step().kind() == Kind.BADGE ? List.of(s.step().targetId()) : s.linkedBadges();
            String url = badges.stream()
                    .map(awardOf::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .map(id -> baseUrl + "/awards/" + id)
                    .orElse("checked in at a session");
            text.append("\n- ").append(s.title()).append(": ").append(url);
        }
        return text.toString();
    }

    private static boolean completesAStep(PublicPathways.PublicPathway p, long badge) {
        return p.steps().stream()
                .flatMap(Optional::stream)
                .anyMatch(s -> s.step().kind() == Kind.BADGE
                        ? s.step().targetId() == badge
                        : s.linkedBadges().contains(badge));
    }

    private static String nameOf(PublicPathways.PublicPathway p, long badge) {
        return p.steps().stream()
                .flatMap(Optional::stream)
                .filter(s -> s.step().kind() == Kind.BADGE && s.step().targetId() == badge)
                .map(ShownStep::title)
                .findFirst()
                .orElse(p.title());
    }
}
