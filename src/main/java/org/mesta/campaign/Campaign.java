package org.mesta.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.mesta.base.AbstractEntity;
import org.mesta.base.UserError;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.Theme;

/** A campaign card on its city's board: what the team plans, where it stands, and what it achieved. */
@Entity
public class Campaign extends AbstractEntity {

    /** A person on the team; leads also manage the team. */
    @Embeddable
    public record Member(
            @Column(name = "account_id") Long accountId,
            @Column(name = "is_lead") boolean lead) {}

    @Embeddable
    record StoredPlace(
            @Column(name = "name") String name,
            @Column(name = "latitude") Double latitude,
            @Column(name = "longitude") Double longitude) {

        CampaignDraft.Place toPlace() {
            return new CampaignDraft.Place(
                    name, latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude));
        }
    }

    @Embeddable
    record StoredLink(
            @Column(name = "label") String label,
            @Column(name = "url") String url) {}

    private Long cityId;
    private String title;

    @Enumerated(EnumType.STRING)
    private CampaignKind kind;

    private String goal = "";
    private String plannedActions = "";

    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.IDEA;

    private int sortOrder;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private boolean online;

    @Embedded
    private Outcomes outcomes;

    private Long eventOpportunityId;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant evaluationConfirmedAt;
    private Long evaluationConfirmedBy;

    // A board reads a city's campaigns at once: their teams, themes, places… come in batches, not one query each
    // per campaign and collection (six per card, on every board refresh; seen in UiLoadBenchmark's profile).
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_member", joinColumns = @JoinColumn(name = "campaign_id"))
    private Set<Member> team = new HashSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_theme", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_audience", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "audience")
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = new HashSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_recommendation", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "recommendation_id")
    private Set<Long> recommendationIds = new HashSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_place", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "sort_order")
    private List<StoredPlace> places = new ArrayList<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_link", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "sort_order")
    private List<StoredLink> links = new ArrayList<>();

    protected Campaign() {}

    Campaign(long cityId, String title, CampaignKind kind, long createdBy, int sortOrder, Instant now) {
        this.cityId = cityId;
        this.title = title;
        this.kind = kind;
        this.createdBy = createdBy;
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.updatedAt = now;
        this.team.add(new Member(createdBy, true));
    }

    void edit(CampaignDraft d, Instant now) {
        title = d.title().strip();
        kind = d.kind();
        goal = d.goal() == null ? "" : d.goal().strip();
        plannedActions = d.plannedActions() == null ? "" : d.plannedActions().strip();
        themes = d.themes() == null ? new HashSet<>() : new HashSet<>(d.themes());
        audiences = d.audiences() == null ? new HashSet<>() : new HashSet<>(d.audiences());
        recommendationIds = d.recommendationIds() == null ? new HashSet<>() : new HashSet<>(d.recommendationIds());
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        online = d.online();
        places = d.places() == null
                ? new ArrayList<>()
                : d.places().stream()
                        .map(p -> new StoredPlace(
                                p.name().strip(),
                                p.location() == null ? null : p.location().latitude(),
                                p.location() == null ? null : p.location().longitude()))
                        .collect(Collectors.toCollection(ArrayList::new));
        links = d.links() == null
                ? new ArrayList<>()
                : d.links().stream()
                        .map(l -> new StoredLink(l.label().strip(), l.url().strip()))
                        .collect(Collectors.toCollection(ArrayList::new));
        updatedAt = now;
    }

    void moveTo(Stage stage, int sortOrder, Instant now) {
        if (stage != Stage.EVALUATED) {
            // Leaving Evaluated withdraws the confirmation: evaluated again, it waits for the city admin again.
            evaluationConfirmedAt = null;
            evaluationConfirmedBy = null;
        }
        this.stage = stage;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    /** Renumbering a column touches only the order, so it does not count as someone's edit. */
    void reorder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** The city admin's confirmation of the team's evaluation; false when it was already confirmed. */
    boolean confirmEvaluation(long by, Instant now) {
        if (stage != Stage.EVALUATED) {
            throw new UserError("campaign.error.not-evaluated");
        }
        if (evaluationConfirmedAt != null) {
            return false;
        }
        evaluationConfirmedAt = now;
        evaluationConfirmedBy = by;
        return true;
    }

    /** Evaluated by the team, not yet confirmed by a city admin. */
    public boolean awaitsConfirmation() {
        return stage == Stage.EVALUATED && evaluationConfirmedAt == null;
    }

    public Instant getEvaluationConfirmedAt() {
        return evaluationConfirmedAt;
    }

    void record(Outcomes outcomes, Instant now) {
        this.outcomes = outcomes;
        this.updatedAt = now;
    }

    void setTeam(Set<Member> team, Instant now) {
        this.team = new HashSet<>(team);
        this.updatedAt = now;
    }

    void eventSubmitted(long opportunityId, Instant now) {
        this.eventOpportunityId = opportunityId;
        this.updatedAt = now;
    }

    public CampaignDraft toDraft() {
        return new CampaignDraft(
                title,
                kind,
                goal,
                plannedActions,
                Set.copyOf(themes),
                Set.copyOf(audiences),
                Set.copyOf(recommendationIds),
                startsOn,
                endsOn,
                online,
                places(),
                links.stream()
                        .map(l -> new CampaignDraft.Link(l.label(), l.url()))
                        .toList());
    }

    /** A new campaign started from a recommendation carries it and takes its theme. */
    void carry(Recommendation r) {
        recommendationIds.add(r.getId());
        themes.add(r.getTheme());
    }

    public boolean isMember(long accountId) {
        return team.stream().anyMatch(m -> m.accountId() == accountId);
    }

    public boolean isLead(long accountId) {
        return team.stream().anyMatch(m -> m.accountId() == accountId && m.lead());
    }

    public Set<Long> memberIds() {
        return team.stream().map(Member::accountId).collect(Collectors.toSet());
    }

    public Set<Long> leadIds() {
        return team.stream().filter(Member::lead).map(Member::accountId).collect(Collectors.toSet());
    }

    public List<CampaignDraft.Place> places() {
        return places.stream().map(StoredPlace::toPlace).toList();
    }

    public Long getCityId() {
        return cityId;
    }

    public String getTitle() {
        return title;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public String getGoal() {
        return goal;
    }

    public String getPlannedActions() {
        return plannedActions;
    }

    public Stage getStage() {
        return stage;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isOnline() {
        return online;
    }

    public Outcomes getOutcomes() {
        return outcomes;
    }

    public boolean hasOutcomes() {
        return outcomes != null && outcomes.recorded();
    }

    public Long getEventOpportunityId() {
        return eventOpportunityId;
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<Audience> getAudiences() {
        return Set.copyOf(audiences);
    }

    public Set<Long> getRecommendationIds() {
        return Set.copyOf(recommendationIds);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
