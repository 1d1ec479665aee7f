package org.mesta.inbox;

import java.util.List;
import org.mesta.base.SystemTask;
import org.mesta.pathway.JoiningEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Joining sessions in the inbox: a place freed for someone waiting, the reminder the day before, and the organiser's
 * message to a session's participants.
 */
@Component
class JoiningNotices {

    private final InboxService inbox;

    JoiningNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void promoted(JoiningEvents.PromotedFromWaitingList e) {
        leave(e.accountId(), "joining.notice.promoted", List.of(e.title()), "opportunities/" + e.opportunityId());
    }

    @ApplicationModuleListener
    void reminder(JoiningEvents.ReminderDue e) {
        leave(e.accountId(), "joining.notice.reminder", List.of(e.title()), "opportunities/" + e.opportunityId());
    }

    @ApplicationModuleListener
    void message(JoiningEvents.ParticipantsMessaged e) {
        for (JoiningEvents.Recipient r : e.recipients()) {
            leave(
                    r.accountId(),
                    "joining.notice.message",
                    List.of(e.title(), e.message()),
                    "opportunities/" + e.opportunityId());
        }
    }

    /** After the publishing transaction, off its thread; resubmitted later (EventResubmission), as the system. */
    private void leave(long accountId, String key, List<String> args, String link) {
        SystemTask.runUnlessSignedIn(() -> inbox.send(Notice.Audience.person(accountId), key, args, link));
    }
}
