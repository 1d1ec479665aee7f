package org.mesta.pathway;

import java.util.List;
import java.util.Map;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A learner's pathways in "My data", and gone with their account (in the deleting transaction). */
@Component
class PathwayPersonalData implements PersonalData {

    private final EnrolmentRepository enrolments;
    private final PathwayMilestoneRepository milestones;
    private final PathwayAttendanceRepository attendance;

    PathwayPersonalData(
            EnrolmentRepository enrolments,
            PathwayMilestoneRepository milestones,
            PathwayAttendanceRepository attendance) {
        this.enrolments = enrolments;
        this.milestones = milestones;
        this.attendance = attendance;
    }

    @Override
    public String part() {
        return "pathways";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, String email, Sink sink) {
        List<Map<String, Object>> rows = enrolments.findByAccountIdOrderByEnrolledAtDesc(accountId).stream()
                .map(e -> Map.<String, Object>of(
                        "pathway",
                        "pathways/" + e.getPathwayId(),
                        "enrolledAt",
                        e.getEnrolledAt().toString(),
                        "completedAt",
                        e.getCompletedAt() == null ? "" : e.getCompletedAt().toString()))
                .toList();
        sink.json("enrolments.json", rows);
        sink.json(
                "milestones.json",
                milestones.findByAccountId(accountId).stream()
                        .map(m -> Map.<String, Object>of(
                                "pathway",
                                "pathways/" + m.getPathwayId(),
                                "award",
                                m.getAwardPublicId() == null ? "" : "awards/" + m.getAwardPublicId(),
                                "awardedAt",
                                m.getAwardedAt().toString()))
                        .toList());
        sink.json(
                "check-ins.json",
                attendance.findByAccountId(accountId).stream()
                        .map(a -> Map.<String, Object>of(
                                "opportunity",
                                "opportunities/" + a.getOpportunityId(),
                                "session",
                                a.getSessionStart() == null
                                        ? ""
                                        : a.getSessionStart().toString()))
                        .toList());
    }

    @EventListener
    void deleted(AccountDeleted event) {
        enrolments.deleteByAccount(event.accountId());
        milestones.deleteByAccount(event.accountId());
        attendance.deleteByAccount(event.accountId());
    }
}
