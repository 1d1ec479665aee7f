package org.mesta.inbox;

import java.time.Instant;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The inbox's share of My data: notices addressed to the person (those to an organisation or a city's role belong
 * to them, not to one person). Deleting the account deletes the person's notices and read marks.
 */
@Component
class InboxData implements PersonalData {

    record NoticeRow(Instant createdAt, String messageKey, String args, String link) {}

    private final NoticeRepository notices;
    private final NoticeReadRepository reads;

    InboxData(NoticeRepository notices, NoticeReadRepository reads) {
        this.notices = notices;
        this.reads = reads;
    }

    @Override
    public String part() {
        return "inbox";
    }

    @Override
    public void export(long accountId, String email, Sink sink) {
        sink.json(
                "notices",
                notices.findByAccountIdOrderByCreatedAtDesc(accountId).stream()
                        .map(n -> new NoticeRow(n.getCreatedAt(), n.getMessageKey(), n.getArgs(), n.getLink()))
                        .toList());
    }

    @EventListener
    void erase(AccountDeleted event) {
        reads.deleteByAccount(event.accountId());
        notices.deleteByAccount(event.accountId());
    }
}
