package org.mesta.wallet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WalletEntryRepository extends JpaRepository<WalletEntry, Long> {

    List<WalletEntry> findByAccountIdOrderByAddedAtDesc(Long accountId);

    Optional<WalletEntry> findByIdAndAccountId(Long id, Long accountId);

    Optional<WalletEntry> findByAwardId(Long awardId);

    @Query("select e.awardId from WalletEntry e where e.accountId = ?1 and e.awardId in ?2")
    List<Long> awardsAlreadyIn(Long accountId, Collection<Long> awardIds);

    @Modifying
    @Query("delete from WalletEntry e where e.accountId = ?1")
    int deleteByAccount(Long accountId);
}
