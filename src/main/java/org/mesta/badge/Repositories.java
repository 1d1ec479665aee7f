package org.mesta.badge;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BadgeRepository extends JpaRepository<Badge, Long> {

    @Query("select distinct b from Badge b left join b.texts t where b.organisationId in :organisations"
            + " and (:status is null or b.status = :status) and (:q = '%%' or lower(t.name) like :q)"
            + " order by b.updatedAt desc")
    List<Badge> forOrganisations(
            Collection<Long> organisations, @Nullable BadgeStatus status, String q, Pageable pageable);

    List<Badge> findByCityIdAndStatus(Long cityId, BadgeStatus status);

    List<Badge> findByStatusOrderByUpdatedAtDesc(BadgeStatus status, Pageable pageable);
}

interface BadgeRenderRepository extends JpaRepository<BadgeRender, BadgeRender.Key> {

    Optional<BadgeRender> findByBadgeIdAndLanguageAndSize(Long badgeId, String language, int size);
}

interface AwardRepository extends JpaRepository<Award, Long> {

    Optional<Award> findByPublicId(String publicId);

    List<Award> findByPublicIdIn(Collection<String> publicIds);

    List<Award> findByBadgeIdOrderByIssuedAtDesc(Long badgeId);

    @Query("select a from Award a where a.recipientAccountId = :account or a.recipientEmail = :email"
            + " order by a.issuedAt desc")
    List<Award> forRecipient(@Nullable Long account, @Nullable String email);

    List<Award> findByRecipientAccountId(Long accountId);

    List<Award> findByRecipientEmail(String email);

    boolean existsByBadgeIdAndRecipientEmailAndRevokedAtIsNull(Long badgeId, String email);
}

interface StatusListRepository extends JpaRepository<StatusList, Long> {

    /** Two first awards of an organisation at once: the second insert waits for the first and is then skipped. */
    @Modifying
    @Query(
            value = "INSERT IGNORE INTO status_list (organisation_id, version, credential, signed_at)"
                    + " VALUES (:organisation, 0, :credential, :signedAt)",
            nativeQuery = true)
    int createIfAbsent(Long organisation, String credential, Instant signedAt);

    /**
     * The list row locked until the transaction ends: one issuer or revoker of the organisation at a time. Native,
     * because Hibernate writes "for update of <alias>" for MySQL 8, which MariaDB does not understand.
     */
    @Query(value = "SELECT * FROM status_list WHERE organisation_id = :organisation FOR UPDATE", nativeQuery = true)
    Optional<StatusList> lock(Long organisation);
}

interface ClaimCodeRepository extends JpaRepository<ClaimCode, Long> {

    Optional<ClaimCode> findByCode(String code);

    List<ClaimCode> findByBadgeIdOrderByCreatedAtDesc(Long badgeId);
}

interface IssuerKeyRepository extends JpaRepository<IssuerKey, Long> {

    boolean existsByPublicKey(String publicKey);
}

interface RetiredIssuerKeyRepository extends JpaRepository<RetiredIssuerKey, String> {

    boolean existsByPublicKeyAndOrganisationId(String publicKey, Long organisationId);
}

interface BadgeApplicationRepository extends JpaRepository<BadgeApplication, Long> {

    List<BadgeApplication> findByBadgeIdOrderBySubmittedAtAsc(Long badgeId);

    List<BadgeApplication> findByAccountIdOrderBySubmittedAtDesc(Long accountId);

    @Modifying
    @Query("delete from BadgeApplication a where a.accountId = :accountId")
    void deleteByAccount(Long accountId);

    boolean existsByBadgeIdAndAccountIdAndStatus(Long badgeId, Long accountId, BadgeApplication.Status status);
}

interface EndorsementRepository extends JpaRepository<Endorsement, Long> {

    Optional<Endorsement> findByPublicId(String publicId);

    List<Endorsement> findByBadgeIdAndWithdrawnAtIsNullOrderByIssuedAtDesc(Long badgeId);

    List<Endorsement> findByOrganisationIdInOrderByIssuedAtDesc(Collection<Long> organisations);

    List<Endorsement> findByBadgeOrganisationIdInAndWithdrawnAtIsNullOrderByIssuedAtDesc(
            Collection<Long> organisations);

    boolean existsByOrganisationIdAndBadgeIdAndWithdrawnAtIsNull(Long organisationId, Long badgeId);

    /** Published badges of organisations other than {@code mine}, by badge name, organisation or city. */
    @Query("select distinct b from Badge b join b.texts t, Organisation o join o.city c left join c.names n"
            + " where o.id = b.organisationId and b.status = org.mesta.badge.BadgeStatus.PUBLISHED"
            + " and b.organisationId not in :mine and (:q = '%%' or lower(t.name) like :q"
            + " or lower(o.name) like :q or lower(c.slug) like :q or lower(n) like :q)"
            + " order by b.updatedAt desc")
    List<Badge> publishedOfOthers(Collection<Long> mine, String q, Pageable pageable);
}
