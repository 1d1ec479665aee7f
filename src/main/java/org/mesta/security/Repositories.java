package org.mesta.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    /** One more failed sign-in, counted in the database row itself so parallel failures are all counted. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Account a set a.failedLogins = a.failedLogins + 1 where a.email = :email")
    int countFailedLogin(String email);

    @Query("select a.failedLogins from Account a where a.email = :email")
    Optional<Integer> failedLogins(String email);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Account a set a.lockedUntil = :until where a.email = :email")
    void pauseUntil(String email, @Nullable Instant until);

    boolean existsByEmail(String email);

    List<Account> findByEmailIn(Collection<String> emails);

    @Query("select a.sessionGeneration from Account a where a.id = :id")
    Optional<Integer> sessionGeneration(long id);

    @Query("select distinct a from Account a where (:cityId is null or a.cityId = :cityId)"
            + " and (lower(a.displayName) like :q or a.email like :q)")
    Slice<Account> search(@Nullable Long cityId, String q, Pageable pageable);

    @Query("select count(distinct a) from Account a join a.roles r where r = :role")
    long countWithRole(Role role);

    @Query(
            "select distinct a from Account a join a.roles r where a.cityId = :cityId and r = :role order by a.displayName")
    List<Account> withRoleInCity(Long cityId, Role role);
}

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByAccountId(Long accountId);

    List<Membership> findByOrganisationIdOrderByAccountDisplayName(Long organisationId);

    Optional<Membership> findByOrganisationIdAndAccountId(Long organisationId, Long accountId);

    long countByOrganisationIdAndRole(Long organisationId, OrganisationRole role);
}

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByCityIdAndAcceptedAtIsNullOrderByCreatedAtDesc(Long cityId);

    List<Invitation> findByOrganisationIdAndAcceptedAtIsNullOrderByCreatedAtDesc(Long organisationId);
}

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);
}

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    long countByAccountIdAndKindAndCreatedAtAfter(Long accountId, AccountToken.Kind kind, Instant after);

    Optional<AccountToken> findFirstByAccountIdAndKindOrderByCreatedAtDesc(Long accountId, AccountToken.Kind kind);

    List<AccountToken> findByAccountId(Long accountId);
}
