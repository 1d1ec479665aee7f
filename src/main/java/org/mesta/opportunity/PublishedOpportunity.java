package org.mesta.opportunity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.stream.Collectors;

/** The public read model row: flat columns for viewport and filter queries, the full content as JSON. */
@Entity
@Table(name = "published_opportunity")
class PublishedOpportunity {

    @Id
    private Long opportunityId;

    private Long cityId;
    private Long organisationId;
    private int revision;
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    private OpportunityType type;

    @Enumerated(EnumType.STRING)
    private Format format;

    private Instant startsAt;
    private Instant endsAt;
    private boolean ongoing;
    private Double latitude;
    private Double longitude;
    private Integer ageMin;
    private Integer ageMax;
    private boolean free;
    /** Comma-wrapped lists (",MENTAL_HEALTH,INCLUSION,") so a filter is one LIKE on both databases. */
    private String themes;

    private String access;
    private String card;
    private String content;

    protected PublishedOpportunity() {}

    PublishedOpportunity(PublicOpportunity p, String json) {
        opportunityId = p.id();
        update(p, json);
    }

    void update(PublicOpportunity p, String json) {
        cityId = p.cityId();
        organisationId = p.organisationId();
        revision = p.revision();
        publishedAt = p.publishedAt();
        type = p.type();
        format = p.format();
        startsAt = p.startsAt();
        // A series stays current until its last meeting.
        var meetings = p.meetings();
        var last = meetings.isEmpty() ? null : meetings.getLast();
        endsAt = last == null ? p.endsAt() : last.endsAt() != null ? last.endsAt() : last.startsAt();
        ongoing = p.ongoing();
        latitude = p.location() == null ? null : p.location().latitude();
        longitude = p.location() == null ? null : p.location().longitude();
        ageMin = p.ageMin();
        ageMax = p.ageMax();
        free = p.free();
        themes = "," + p.themes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
        access = "," + p.access().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
        card = Card.write(p);
        content = json;
    }

    Long getOpportunityId() {
        return opportunityId;
    }

    int getRevision() {
        return revision;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Double getLatitude() {
        return latitude;
    }

    Double getLongitude() {
        return longitude;
    }

    OpportunityType getType() {
        return type;
    }

    String getContent() {
        return content;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    String getCard() {
        return card;
    }
}
