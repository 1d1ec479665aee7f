package org.mesta.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/**
 * A person's place in a session. Their address, name and language are kept from when they joined, for the
 * organiser's list, the reminder and the award (deleted with their account).
 */
@Entity
@Table(name = "joining_participant")
public class Participant extends AbstractEntity {

    public enum Status {
        JOINED,
        WAITING,
        CANCELLED;

        public String translationKey() {
            return "joining.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private long sessionId;
    private long accountId;
    private String email;
    private String displayName;
    private String language;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** When they asked for a place: the waiting list's order. */
    private Instant askedAt;

    private @Nullable Instant checkedInAt;
    private @Nullable Instant remindedAt;
    private @Nullable Instant awardedAt;

    protected Participant() {}

    Participant(long sessionId, long accountId, String email, String displayName, String language) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName.length() > 255 ? displayName.substring(0, 255) : displayName;
        this.language = language;
        this.status = Status.CANCELLED;
    }

    void ask(boolean placeLeft, Instant now) {
        status = placeLeft ? Status.JOINED : Status.WAITING;
        // As the database keeps it (microseconds), so the waiting list's order compares like with like.
        askedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    void promote() {
        status = Status.JOINED;
    }

    void checkIn(Instant now) {
        if (checkedInAt == null) checkedInAt = now;
    }

    void undoCheckIn() {
        checkedInAt = null;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    void awarded(Instant now) {
        awardedAt = now;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public @Nullable Instant getCheckedInAt() {
        return checkedInAt;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    public @Nullable Instant getRemindedAt() {
        return remindedAt;
    }

    public @Nullable Instant getAwardedAt() {
        return awardedAt;
    }
}
