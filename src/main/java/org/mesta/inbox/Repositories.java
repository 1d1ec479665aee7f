package org.mesta.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** Everything addressed to this person directly, through an organisation, or through a role in a city. */
    String FOR_ME = " from Notice n where n.createdAt >= :since and (n.accountId = :me"
            + " or n.organisationId in :organisations or (n.cityId = :city and n.role in :roles))";

    @Query("select n" + FOR_ME + " order by n.createdAt desc, n.id desc")
    List<Notice> forMe(
            long me,
            Collection<Long> organisations,
            @Nullable Long city,
            Collection<Role> roles,
            Instant since,
            Pageable pageable);

    List<Notice> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    @Modifying
    @Query("delete from Notice n where n.accountId = :accountId")
    void deleteByAccount(Long accountId);

    @Query("select count(n)" + FOR_ME
            + " and not exists (select r from NoticeRead r where r.noticeId = n.id and r.accountId = :me)")
    long unread(long me, Collection<Long> organisations, @Nullable Long city, Collection<Role> roles, Instant since);

    @Query("select n.id" + FOR_ME
            + " and not exists (select r from NoticeRead r where r.noticeId = n.id and r.accountId = :me)")
    List<Long> unreadIds(
            long me, Collection<Long> organisations, @Nullable Long city, Collection<Role> roles, Instant since);
}

interface NoticeReadRepository extends JpaRepository<NoticeRead, NoticeRead.Key> {

    @Query("select r.noticeId from NoticeRead r where r.accountId = :me and r.noticeId in :notices")
    List<Long> readAmong(long me, Collection<Long> notices);

    @Modifying
    @Query("delete from NoticeRead r where r.accountId = :accountId")
    void deleteByAccount(Long accountId);
}
