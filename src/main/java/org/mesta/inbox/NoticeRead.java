package org.mesta.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** One person has read one notice. */
@Entity
@IdClass(NoticeRead.Key.class)
class NoticeRead {

    @Id
    private Long noticeId;

    @Id
    private Long accountId;

    protected NoticeRead() {}

    NoticeRead(long noticeId, long accountId) {
        this.noticeId = noticeId;
        this.accountId = accountId;
    }

    record Key(Long noticeId, Long accountId) implements Serializable {}
}
