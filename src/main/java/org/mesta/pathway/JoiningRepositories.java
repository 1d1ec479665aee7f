package org.mesta.pathway;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The joining side's repositories (package-private: the services are the API). */
final class JoiningRepositories {

    private JoiningRepositories() {}
}

interface JoiningSessionRepository extends JpaRepository<JoiningSession, Long> {

    Optional<JoiningSession> findByOpportunityIdAndStartsAt(long opportunityId, Instant startsAt);

    /** The row every join of the session locks (SELECT … FOR UPDATE), waiting up to ten seconds. */
    // Native "for update": Hibernate's MySQL dialect writes "for update of <alias>", which MySQL 8 knows but MariaDB
    // refuses; the plain form locks the row on H2, MySQL and MariaDB alike.
    @Query(
            value = "select * from joining_session where opportunity_id = ?1 and starts_at = ?2 for update",
            nativeQuery = true)
    Optional<JoiningSession> lockByOpportunityIdAndStartsAt(long opportunityId, Instant startsAt);

    List<JoiningSession> findByOpportunityIdOrderByStartsAt(long opportunityId);

    List<JoiningSession> findByOpportunityIdAndStartsAtIn(long opportunityId, Collection<Instant> starts);

    List<JoiningSession> findByStartsAtBetweenOrderByStartsAt(Instant from, Instant to);

    @Query("select s from JoiningSession s where s.organisationId in ?1 and s.startsAt >= ?2 order by s.startsAt")
    List<JoiningSession> upcomingFor(Collection<Long> organisationIds, Instant from, Pageable page);

    @Query("select s from JoiningSession s where s.awardedAt is null and s.startsAt < ?1 and s.startsAt > ?2")
    List<JoiningSession> startedBetween(Instant before, Instant after);
}

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findBySessionIdAndAccountId(long sessionId, long accountId);

    List<Participant> findBySessionIdOrderByAskedAt(long sessionId);

    long countBySessionIdAndStatus(long sessionId, Participant.Status status);

    List<Participant> findBySessionIdInAndStatus(Collection<Long> sessionIds, Participant.Status status);

    List<Participant> findByAccountId(long accountId);

    List<Participant> findBySessionIdInAndAccountId(Collection<Long> sessionIds, long accountId);

    List<Participant> findBySessionIdAndStatusOrderByAskedAtAscIdAsc(long sessionId, Participant.Status status);

    /** How many wait ahead of this person (asked earlier; on the same instant, the earlier row). */
    @Query("select count(p) from Participant p where p.sessionId = ?1 and p.status = ?2"
            + " and (p.askedAt < ?3 or (p.askedAt = ?3 and p.id < ?4))")
    long ahead(long sessionId, Participant.Status status, Instant askedAt, long id);

    @Modifying
    @Query("delete from Participant p where p.accountId = ?1")
    void deleteByAccount(long accountId);
}

interface UsedCheckInCodeRepository extends JpaRepository<UsedCheckInCode, Long> {

    boolean existsByAccountIdAndCodeHash(long accountId, String codeHash);

    @Modifying
    @Query("delete from UsedCheckInCode u where u.usedAt < ?1")
    void forgetBefore(Instant before);

    @Modifying
    @Query("delete from UsedCheckInCode u where u.accountId = ?1")
    void deleteByAccount(long accountId);
}
