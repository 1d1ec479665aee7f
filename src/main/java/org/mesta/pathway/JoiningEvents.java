package org.mesta.pathway;

import java.time.Instant;
import java.util.List;

/** What happens around joining sessions, for the inbox and the mail (past tense, ids and words only). */
public final class JoiningEvents {

    private JoiningEvents() {}

    /** Someone on the waiting list got a place because another left. */
    public record PromotedFromWaitingList(
            long accountId, String email, String language, long opportunityId, Instant sessionStart, String title) {}

    /** A session is tomorrow: its participant is reminded. */
    public record ReminderDue(
            long accountId, String email, String language, long opportunityId, Instant sessionStart, String title) {}

    /** The organiser wrote to everyone taking part in a session. */
    public record ParticipantsMessaged(
            List<Recipient> recipients, long opportunityId, Instant sessionStart, String title, String message) {}

    public record Recipient(long accountId, String email, String language) {}
}
