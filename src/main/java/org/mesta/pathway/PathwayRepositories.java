package org.mesta.pathway;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PathwayRepository extends JpaRepository<Pathway, Long> {

    @Query("select p from Pathway p where p.cityId = :cityId and p.status = :status order by p.submittedAt asc")
    List<Pathway> queue(long cityId, PathwayStatus status);

    long countByCityIdAndStatus(long cityId, PathwayStatus status);

    @Query("select p from Pathway p where p.cityId = :cityId and p.publishedContent is not null"
            + " order by p.publishedAt desc")
    List<Pathway> publishedIn(long cityId);

    @Query("select p from Pathway p where p.publishedContent is not null order by p.id")
    List<Pathway> allPublished();

    @Query("select p from Pathway p where (p.organisationId in :organisations)"
            + " or (p.organisationId is null and p.cityId = :cityId) order by p.updatedAt desc")
    List<Pathway> forOrganisers(List<Long> organisations, long cityId);
}

interface PathwayImageRepository extends JpaRepository<PathwayImage, Long> {

    Optional<PathwayImage> findByPathwayIdAndPublished(Long pathwayId, boolean published);
}

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByPathwayIdAndAccountId(Long pathwayId, Long accountId);

    List<Enrolment> findByAccountIdOrderByEnrolledAtDesc(Long accountId);

    List<Enrolment> findByPathwayId(Long pathwayId);

    @Modifying
    @Query("delete from Enrolment e where e.accountId = :accountId")
    void deleteByAccount(Long accountId);
}

interface PathwayMilestoneRepository extends JpaRepository<PathwayMilestone, Long> {

    Optional<PathwayMilestone> findByPathwayIdAndAccountId(Long pathwayId, Long accountId);

    List<PathwayMilestone> findByAccountId(Long accountId);

    long countByPathwayId(Long pathwayId);

    @Modifying
    @Query("delete from PathwayMilestone m where m.accountId = :accountId")
    void deleteByAccount(Long accountId);
}

interface PathwayAttendanceRepository extends JpaRepository<PathwayAttendance, Long> {

    List<PathwayAttendance> findByAccountId(Long accountId);

    boolean existsByAccountIdAndOpportunityId(Long accountId, Long opportunityId);

    @Modifying
    @Query("delete from PathwayAttendance a where a.accountId = :accountId")
    void deleteByAccount(Long accountId);
}
