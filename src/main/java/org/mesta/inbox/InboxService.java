package org.mesta.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-app inbox: other features leave notices (a decision, a submission waiting, a badge earned) for a
 * person, an organisation's members or a city's moderators; each reader sees theirs, newest first, and marks
 * them read. Notices older than {@link #KEPT} are no longer shown.
 */
@Service
public class InboxService {

    static final Duration KEPT = Duration.ofDays(90);

    private final NoticeRepository notices;
    private final NoticeReadRepository reads;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    InboxService(NoticeRepository notices, NoticeReadRepository reads, Clock clock) {
        this.notices = notices;
        this.reads = reads;
        this.clock = clock;
    }

    /** Leaves a notice; called by the inbox's listeners when something that concerns others has happened. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void send(Notice.Audience to, String messageKey, List<String> args, String link) {
        notices.save(new Notice(to, messageKey, json.writeValueAsString(args), link, clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice.Shown> recent(int limit) {
        MestaUser me = MestaUser.require();
        List<Notice> found = notices.forMe(
                me.accountId(),
                organisations(me),
                city(me),
                roles(me),
                since(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 100))));
        Set<Long> read = found.isEmpty()
                ? Set.of()
                : new HashSet<>(reads.readAmong(
                        me.accountId(), found.stream().map(Notice::getId).toList()));
        return found.stream()
                .map(n -> new Notice.Shown(
                        n.getId(),
                        n.getCreatedAt(),
                        n.getMessageKey(),
                        json.readValue(n.getArgs(), new TypeReference<List<String>>() {}),
                        n.getLink(),
                        read.contains(n.getId())))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        MestaUser me = MestaUser.require();
        return notices.unread(me.accountId(), organisations(me), city(me), roles(me), since());
    }

    /** Marks one of the reader's own notices read; someone else's is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long noticeId) {
        MestaUser me = MestaUser.require();
        Notice n = notices.findById(noticeId).orElseThrow(() -> new AccessDeniedException("no notice " + noticeId));
        if (!isFor(n, me)) {
            throw new AccessDeniedException("not your notice " + noticeId);
        }
        if (!reads.existsById(new NoticeRead.Key(noticeId, me.accountId()))) {
            reads.save(new NoticeRead(noticeId, me.accountId()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        // Every unread one, not only those the bell lists (a busy organisation gathers more than a page of them).
        MestaUser me = MestaUser.require();
        reads.saveAll(notices.unreadIds(me.accountId(), organisations(me), city(me), roles(me), since()).stream()
                .map(id -> new NoticeRead(id, me.accountId()))
                .toList());
    }

    private static boolean isFor(Notice n, MestaUser me) {
        return me.accountId() == (n.accountId() == null ? -1 : n.accountId())
                || (n.organisationId() != null && me.organisationIds().contains(n.organisationId()))
                || (n.cityId() != null && n.cityId().equals(me.cityId()) && n.role() != null && me.has(n.role()));
    }

    private Instant since() {
        return clock.instant().minus(KEPT);
    }

    /** JPQL "in" needs at least one value; -1 matches no organisation. */
    private static Set<Long> organisations(MestaUser me) {
        return me.organisationIds().isEmpty() ? Set.of(-1L) : me.organisationIds();
    }

    /** Without a role, nothing reaches someone through their city. */
    private static Long city(MestaUser me) {
        return me.roles().isEmpty() ? null : me.cityId();
    }

    private static Set<Role> roles(MestaUser me) {
        return me.roles().isEmpty() ? Set.of(Role.values()[0]) : me.roles();
    }
}
