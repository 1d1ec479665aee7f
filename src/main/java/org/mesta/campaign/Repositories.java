package org.mesta.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.opportunity.Theme;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByCityIdOrderByStageAscSortOrderAsc(Long cityId);

    List<Campaign> findByCityIdAndStageOrderBySortOrderAsc(Long cityId, Stage stage);

    Optional<Campaign> findByEventOpportunityId(Long opportunityId);

    List<Campaign> findByStageOrderByUpdatedAtDesc(Stage stage, Pageable pageable);

    List<Campaign> findByCreatedBy(Long createdBy);

    /** Per city: how many campaigns and the sum of their versions, which moves whenever any card changes. */
    @Query("select c.cityId, count(c), sum(c.version) from Campaign c group by c.cityId")
    List<Object[]> stamps();

    /**
     * The column's cards as id and position, in board order, locked until the transaction ends: a second move in the
     * column waits for the first instead of renumbering the positions the first is changing.
     */
    @Query(
            value = "select id, sort_order from campaign where city_id = :cityId and stage = :stage"
                    + " order by sort_order for update",
            nativeQuery = true)
    List<Object[]> lockPlaces(Long cityId, String stage);

    @Query("select coalesce(max(c.sortOrder), -1) from Campaign c where c.cityId = :cityId and c.stage = :stage")
    int lastPosition(Long cityId, Stage stage);

    /** Closing up a column is not an edit of the other cards: their version (what editors hold) stays. */
    @Modifying(flushAutomatically = true)
    @Query("update Campaign c set c.sortOrder = :position where c.id = :id")
    void setPosition(Long id, int position);
}

interface CampaignTaskRepository extends JpaRepository<CampaignTask, Long> {

    List<CampaignTask> findByCampaignIdOrderBySortOrderAsc(Long campaignId);

    List<CampaignTask> findByCampaignIdIn(Collection<Long> campaignIds);

    @Query("select coalesce(max(t.sortOrder), -1) from CampaignTask t where t.campaignId = :campaignId")
    int lastPosition(Long campaignId);

    @Query("select c.cityId, count(t), sum(t.version) from CampaignTask t, Campaign c where t.campaignId = c.id"
            + " group by c.cityId")
    List<Object[]> stamps();
}

interface CampaignCommentRepository extends JpaRepository<CampaignComment, Long> {

    List<CampaignComment> findByCampaignIdOrderByCreatedAtAsc(Long campaignId);

    List<CampaignComment> findByAuthorIdOrderByCreatedAtAsc(Long authorId);

    @Modifying
    @Query("delete from CampaignComment c where c.authorId = :authorId")
    void deleteByAuthor(Long authorId);
}

interface CampaignActivityRepository extends JpaRepository<CampaignActivity, Long> {

    List<CampaignActivity> findByCampaignIdOrderByHappenedAtDescIdDesc(Long campaignId);
}

interface CampaignImageRepository extends JpaRepository<CampaignImage, Long> {

    /** Each picture's id with its descriptions, one row per language: id, language, text (null: none). */
    @Query("select i.id, key(a), value(a) from CampaignImage i left join i.altTexts a"
            + " where i.campaignId = :campaignId order by i.id")
    List<Object[]> refs(Long campaignId);
}

interface CampaignSettingRepository extends JpaRepository<CampaignSetting, Long> {}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    /** The network's and the city's recommendations with the given statuses, optionally of one theme. */
    @Query("select r from Recommendation r where (r.cityId is null or r.cityId = :cityId) and r.status in :statuses"
            + " and (:theme is null or r.theme = :theme) order by r.proposedAt desc")
    List<Recommendation> visible(
            @Nullable Long cityId, Collection<Recommendation.Status> statuses, @Nullable Theme theme);
}

interface CampaignBadgeAwardRepository extends JpaRepository<CampaignBadgeAward, CampaignBadgeAward.Key> {

    @Query("select a.key.accountId from CampaignBadgeAward a where a.key.campaignId = :campaignId")
    List<Long> awardedIn(Long campaignId);
}
