package org.mesta.inbox;

import java.util.List;
import java.util.Locale;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.pathway.PathwayEvents.MilestoneAwarded;
import org.mesta.pathway.PathwayEvents.PathwayDecided;
import org.mesta.pathway.PathwayEvents.PathwaySubmitted;
import org.mesta.pathway.PathwayEvents.PathwayUsesTheirWork;
import org.mesta.pathway.PathwayEvents.StepBadgeArrived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pathways in the inbox: the city's moderators hear of each submission; the organisers of each decision; the
 * organisations whose opportunities or badges a published pathway uses; learners of a step's badge and of their
 * milestone badge.
 */
@Component
class PathwayNotices {

    private final InboxService inbox;

    PathwayNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void submitted(PathwaySubmitted event) {
        leave(
                Notice.Audience.city(event.cityId(), Role.MODERATOR),
                "notice.pathway.submitted",
                List.of(event.title()),
                "moderation/pathways/" + event.pathwayId());
    }

    @ApplicationModuleListener
    void decided(PathwayDecided event) {
        leave(
                event.organisationId() == null
                        ? Notice.Audience.person(event.authorId())
                        : Notice.Audience.organisation(event.organisationId()),
                "notice.pathway." + event.decision().name().toLowerCase(Locale.ROOT),
                List.of(event.title(), event.reason() == null ? "" : event.reason()),
                "organiser/pathways/" + event.pathwayId());
    }

    @ApplicationModuleListener
    void used(PathwayUsesTheirWork event) {
        for (long organisation : event.organisationIds()) {
            leave(
                    Notice.Audience.organisation(organisation),
                    "notice.pathway.used",
                    List.of(event.title()),
                    "pathways/" + event.pathwayId());
        }
    }

    @ApplicationModuleListener
    void stepDone(StepBadgeArrived event) {
        leave(
                Notice.Audience.person(event.accountId()),
                "notice.pathway.step",
                List.of(event.badgeName(), event.pathwayTitle()),
                "pathways/" + event.pathwayId());
    }

    @ApplicationModuleListener
    void milestone(MilestoneAwarded event) {
        leave(
                Notice.Audience.person(event.accountId()),
                "notice.pathway.milestone",
                List.of(event.pathwayTitle()),
                "my/badges");
    }

    /** Runs after the publishing transaction committed, off its thread; resubmitted later (EventResubmission), as the system. */
    private void leave(Notice.Audience to, String messageKey, List<String> args, String link) {
        SystemTask.runUnlessSignedIn(() -> inbox.send(to, messageKey, args, link));
    }
}
