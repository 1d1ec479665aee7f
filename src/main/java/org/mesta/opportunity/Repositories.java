package org.mesta.opportunity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    @Query("select distinct o from Opportunity o left join o.texts t where o.organisationId in :organisations"
            + " and (:status is null or o.status = :status) and o.archived = :archived"
            + " and (:q = '%%' or lower(t.title) like :q) order by o.updatedAt desc")
    Slice<Opportunity> forOrganisations(Collection<Long> organisations, Status status, boolean archived, String q,
                                        Pageable pageable);

    @Query("select o from Opportunity o where o.cityId = :cityId and o.status = :status and o.archived = false"
            + " and (:type is null or o.type = :type) order by o.submittedAt asc")
    Slice<Opportunity> queue(long cityId, Status status, OpportunityType type, Pageable pageable);
}

interface PublishedOpportunityRepository extends JpaRepository<PublishedOpportunity, Long> {

    /** The one filter both public queries share: a box, current, and the optional filters. */
    String PUBLIC_FILTER = " from PublishedOpportunity p where (:cityId is null or p.cityId = :cityId)"
            + " and p.latitude between :minLat and :maxLat and p.longitude between :minLon and :maxLon"
            + " and (p.ongoing = true or p.endsAt is null or p.endsAt >= :now)"
            + " and (:type is null or p.type = :type) and (:format is null or p.format = :format)"
            + " and (:theme = '' or p.themes like :theme) and (:access = '' or p.access like :access)"
            + " and (:freeOnly = false or p.free = true)"
            + " and (:age is null or ((p.ageMin is null or p.ageMin <= :age) and (p.ageMax is null or p.ageMax >= :age)))"
            + " and (:from is null or p.ongoing = true or p.endsAt is null or p.endsAt >= :from)"
            + " and (:to is null or p.ongoing = true or p.startsAt is null or p.startsAt <= :to)";
    String SOONEST_FIRST = " order by p.startsAt asc";

    /** Approved opportunities inside a box, matching the filters, soonest first; callers cap the page size. */
    @Query("select p" + PUBLIC_FILTER + SOONEST_FIRST)
    List<PublishedOpportunity> search(Long cityId, double minLat, double maxLat, double minLon, double maxLon,
                                      Instant now, OpportunityType type, Format format, String theme, String access,
                                      boolean freeOnly, Integer age, Instant from, Instant to, Pageable pageable);

    /** The same search, reading only what markers and lists need. */
    @Query("select new org.mesta.opportunity.Card(p.opportunityId, p.latitude, p.longitude, p.type, p.format,"
            + " p.startsAt, p.endsAt, p.free, p.themes, p.card)" + PUBLIC_FILTER + SOONEST_FIRST)
    List<Card> cards(Long cityId, double minLat, double maxLat, double minLon, double maxLon,
                     Instant now, OpportunityType type, Format format, String theme, String access,
                     boolean freeOnly, Integer age, Instant from, Instant to, Pageable pageable);

    /** Only the positions: enough to decide between points and clusters, and to build the clusters. */
    @Query("select p.latitude, p.longitude" + PUBLIC_FILTER)
    List<Object[]> positions(Long cityId, double minLat, double maxLat, double minLon, double maxLon,
                             Instant now, OpportunityType type, Format format, String theme, String access,
                             boolean freeOnly, Integer age, Instant from, Instant to, Pageable pageable);

    @Query("select max(p.publishedAt) from PublishedOpportunity p where (:cityId is null or p.cityId = :cityId)")
    Instant lastPublished(Long cityId);

    @Query("select p from PublishedOpportunity p where p.cityId = :cityId"
            + " and (p.ongoing = true or p.endsAt is null or p.endsAt >= :now) order by p.startsAt asc")
    List<PublishedOpportunity> current(long cityId, Instant now, Pageable pageable);
}

interface ModerationDecisionRepository extends JpaRepository<ModerationDecision, Long> {

    List<ModerationDecision> findByOpportunityIdOrderByDecidedAtDesc(Long opportunityId);
}

interface OpportunityImageRepository extends JpaRepository<OpportunityImage, Long> {
}
