package org.mesta.pathway;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions a person joined, in "My data", and gone with their account. */
@Component
class JoiningPersonalData implements PersonalData {

    record Sessions(List<Row> sessions) {}

    record Row(
            long opportunityId,
            String title,
            Instant startsAt,
            String status,
            Instant askedAt,
            @Nullable Instant checkedInAt,
            @Nullable Instant remindedAt,
            @Nullable Instant awardedAt) {}

    private final ParticipantRepository participants;
    private final JoiningSessionRepository sessions;
    private final UsedCheckInCodeRepository usedCodes;

    JoiningPersonalData(
            ParticipantRepository participants,
            JoiningSessionRepository sessions,
            UsedCheckInCodeRepository usedCodes) {
        this.participants = participants;
        this.sessions = sessions;
        this.usedCodes = usedCodes;
    }

    @Override
    public String part() {
        return "sessions";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, String email, Sink sink) {
        List<Participant> mine = participants.findByAccountId(accountId);
        Map<Long, JoiningSession> byId = new HashMap<>();
        sessions.findAllById(mine.stream().map(Participant::getSessionId).toList())
                .forEach(s -> byId.put(s.getId(), s));
        sink.json(
                "sessions.json",
                new Sessions(mine.stream()
                        .filter(p -> byId.containsKey(p.getSessionId()))
                        .map(p -> {
                            JoiningSession s = byId.get(p.getSessionId());
                            return new Row(
                                    s.getOpportunityId(),
                                    s.getTitle(),
                                    s.getStartsAt(),
                                    p.getStatus().name(),
                                    p.getAskedAt(),
                                    p.getCheckedInAt(),
                                    p.getRemindedAt(),
                                    p.getAwardedAt());
                        })
                        .toList()));
    }

    /** In the deleting transaction: their places go (a place they held is not given on: the session may be soon). */
    @EventListener
    void deleted(AccountDeleted event) {
        participants.deleteByAccount(event.accountId());
        usedCodes.deleteByAccount(event.accountId());
    }
}
