package org.mesta.wallet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BadgeCollectionRepository extends JpaRepository<BadgeCollection, Long> {

    List<BadgeCollection> findByAccountIdOrderBySortOrderAscIdAsc(Long accountId);

    List<BadgeCollection> findByAccountIdAndShownTrueOrderBySortOrderAscIdAsc(Long accountId);

    Optional<BadgeCollection> findByIdAndAccountId(Long id, Long accountId);

    long countByAccountId(Long accountId);

    @Query("select coalesce(max(c.sortOrder), -1) from BadgeCollection c where c.accountId = ?1")
    int lastPlace(Long accountId);
}

interface PublicProfileRepository extends JpaRepository<PublicProfile, Long> {

    Optional<PublicProfile> findByAccountId(Long accountId);

    Optional<PublicProfile> findByHandle(String handle);

    boolean existsByHandleAndAccountIdNot(String handle, Long accountId);

    @Modifying
    @Query("delete from PublicProfile p where p.accountId = ?1")
    int deleteByAccount(Long accountId);
}

/** The wallet entries a profile page may show: the owner's, accepted, chosen for the profile. */
interface ProfileEntryRepository extends org.springframework.data.repository.Repository<WalletEntry, Long> {

    @Query("select e from WalletEntry e where e.accountId = ?1 and e.state = ?2 and e.visibility = ?3"
            + " and e.awardId is not null order by e.addedAt desc")
    List<WalletEntry> shown(
            Long accountId,
            WalletEntry.State state,
            WalletEntry.Visibility visibility,
            org.springframework.data.domain.Pageable page);

    @Query("select e.id from WalletEntry e where e.accountId = ?1 and e.state = ?2 and e.id in ?3")
    List<Long> accepted(Long accountId, WalletEntry.State state, Collection<Long> ids);

    List<WalletEntry> findByAccountIdOrderByAddedAtDesc(Long accountId);
}
