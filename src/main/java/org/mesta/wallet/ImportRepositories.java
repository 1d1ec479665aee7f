package org.mesta.wallet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportedBadgeRepository extends JpaRepository<ImportedBadge, Long> {

    List<ImportedBadge> findByAccountIdOrderByImportedAtDesc(Long accountId);

    List<ImportedBadge> findByIdIn(Collection<Long> ids);

    Optional<ImportedBadge> findByIdAndAccountId(Long id, Long accountId);

    boolean existsByAccountIdAndCredentialKey(Long accountId, String credentialKey);

    @Modifying
    @Query("delete from ImportedBadge b where b.accountId = ?1")
    int deleteByAccount(Long accountId);
}
