package org.mesta.pathway;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mesta.badge.Award;
import org.mesta.badge.MyBadgesService;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.pathway.PathwayEvents.Enrolled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learners and pathways: enrol, leave, and how far they are along each one they follow. */
@Service
public class EnrolmentService {

    private final PathwayRepository pathways;
    private final EnrolmentRepository enrolments;
    private final PathwayAttendanceRepository attendance;
    private final PublicPathways publicPathways;
    private final MyBadgesService myBadges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentService(
            PathwayRepository pathways,
            EnrolmentRepository enrolments,
            PathwayAttendanceRepository attendance,
            PublicPathways publicPathways,
            MyBadgesService myBadges,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pathways = pathways;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.publicPathways = publicPathways;
        this.myBadges = myBadges;
        this.events = events;
        this.clock = clock;
    }

    /** Follows a published pathway (again enrolling changes nothing); progress is counted from what they hold. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void enrol(long pathwayId) {
        long me = MestaUser.require().accountId();
        Pathway p = pathways.findById(pathwayId)
                .filter(Pathway::isPublic)
                .orElseThrow(() -> new UserError("error.not-found"));
        if (enrolments.findByPathwayIdAndAccountId(p.getId(), me).isPresent()) return;
        enrolments.saveAndFlush(new Enrolment(p.getId(), me, clock.instant()));
        events.publishEvent(new Enrolled(p.getId(), me));
    }

    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void leave(long pathwayId) {
        enrolments
                .findByPathwayIdAndAccountId(pathwayId, MestaUser.require().accountId())
                .ifPresent(enrolments::delete);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean enrolled(long pathwayId) {
        return enrolments
                .findByPathwayIdAndAccountId(pathwayId, MestaUser.require().accountId())
                .isPresent();
    }

    /** One followed pathway: as the public sees it, and the learner's progress along it. */
    public record Followed(PublicPathways.PublicPathway pathway, PathwayProgress progress) {}

    /** The pathways the learner follows, newest enrolment first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Followed> mine(String language) {
        MestaUser me = MestaUser.require();
        Set<Long> held = held();
        Set<Long> attended = attended(me.accountId());
        return enrolments.findByAccountIdOrderByEnrolledAtDesc(me.accountId()).stream()
                .map(e -> publicPathways.find(e.getPathwayId(), language))
                .flatMap(Optional::stream)
                .map(p -> new Followed(p, progress(p, held, attended)))
                .toList();
    }

    /** The signed-in learner's progress along a pathway (shown on its page whether enrolled or not). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PathwayProgress> progress(long pathwayId, String language) {
        return publicPathways
                .find(pathwayId, language)
                .map(p -> progress(p, held(), attended(MestaUser.require().accountId())));
    }

    static PathwayProgress progress(PublicPathways.PublicPathway p, Set<Long> held, Set<Long> attended) {
        Map<Long, List<Long>> linked = new HashMap<>();
        p.steps()
                .forEach(s -> s.filter(x -> x.step().kind() == PathwayContent.Kind.OPPORTUNITY)
                        .ifPresent(x -> linked.put(x.step().targetId(), x.linkedBadges())));
        return PathwayProgress.of(p.content(), held, attended, linked);
    }

    private Set<Long> held() {
        return myBadges.mine().stream()
                .filter(a -> a.getRevokedAt() == null)
                .map(Award::getBadgeId)
                .collect(Collectors.toSet());
    }

    private Set<Long> attended(long accountId) {
        return attendance.findByAccountId(accountId).stream()
                .map(PathwayAttendance::getOpportunityId)
                .collect(Collectors.toSet());
    }
}
