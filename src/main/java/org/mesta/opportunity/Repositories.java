package org.mesta.opportunity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    @Query("select distinct o from Opportunity o left join o.texts t where o.organisationId in :organisations"
            + " and (:status is null or o.status = :status) and o.archived = :archived"
            + " and (:q = '%%' or lower(t.title) like :q) order by o.updatedAt desc")
    Slice<Opportunity> forOrganisations(
            Collection<Long> organisations, @Nullable Status status, boolean archived, String q, Pageable pageable);

    @Query("select o from Opportunity o where o.cityId = :cityId and o.status = :status and o.archived = false"
            + " and (:type is null or o.type = :type) order by o.submittedAt asc")
    Slice<Opportunity> queue(long cityId, Status status, @Nullable OpportunityType type, Pageable pageable);
}

interface PublishedOpportunityRepository extends JpaRepository<PublishedOpportunity, Long> {

    /** Everything the in-memory public index (PublicIndex) keeps of a city, in its column order. */
    @Query(
            "select p.opportunityId, p.latitude, p.longitude, p.type, p.format, p.startsAt, p.endsAt, p.ongoing,"
                    + " p.free, p.ageMin, p.ageMax, p.themes, p.access, p.card from PublishedOpportunity p where p.cityId = :cityId")
    List<Object[]> indexRows(long cityId);

    /** Changes whenever a city's published set does: how many, and the latest publication. */
    @Query("select count(p), max(p.publishedAt) from PublishedOpportunity p where p.cityId = :cityId")
    List<Object[]> stamp(long cityId);

    @Query("select distinct p.cityId from PublishedOpportunity p")
    List<Long> publishedCities();

    @Query("select p from PublishedOpportunity p where p.cityId = :cityId"
            + " and (p.ongoing = true or p.endsAt is null or p.endsAt >= :now) order by p.startsAt asc")
    List<PublishedOpportunity> current(long cityId, Instant now, Pageable pageable);

    /** The sitemap's rows: id and publication time, in id order. */
    @Query("select p.opportunityId, p.publishedAt from PublishedOpportunity p order by p.opportunityId")
    List<Object[]> links(Pageable pageable);
}

interface ModerationDecisionRepository extends JpaRepository<ModerationDecision, Long> {

    List<ModerationDecision> findByOpportunityIdOrderByDecidedAtDesc(Long opportunityId);
}

interface OpportunityImageRepository extends JpaRepository<OpportunityImage, Long> {}

interface PublishedImageRepository extends JpaRepository<PublishedImage, Long> {}
