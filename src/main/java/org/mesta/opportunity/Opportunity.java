package org.mesta.opportunity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mesta.base.AbstractEntity;
import org.mesta.map.GeoPoint;

/** The provider's working copy of an opportunity and where it stands in moderation. */
@Entity
public class Opportunity extends AbstractEntity {

    @Embeddable
    public static class Text {
        @Column(name = "title")
        String title;

        @Column(name = "summary")
        String summary;

        @Column(name = "description")
        String description;

        protected Text() {}

        Text(Texts t) {
            title = t.title();
            summary = t.summary();
            description = t.description();
        }

        Texts toTexts() {
            return new Texts(title, summary, description);
        }
    }

    private Long organisationId;
    private Long cityId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int wizardStep;

    @Enumerated(EnumType.STRING)
    private OpportunityType type;

    @Enumerated(EnumType.STRING)
    private Format format;

    private Instant startsAt;
    private Instant endsAt;
    private boolean ongoing;
    private Double latitude;
    private Double longitude;
    private String venue;
    private String address;
    private String onlineUrl;
    private Integer ageMin;
    private Integer ageMax;
    private Integer capacity;
    private boolean free;
    private String price;
    private String joinUrl;
    private String joinEmail;
    private String joinPhone;
    private String accessibilityNotes;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private String decisionReason;
    private boolean archived;
    /** People join its sessions in Mesta (capacity, waiting list, check-in); off: only the outside contacts. */
    private boolean joinInMesta = true;
    /** The linked badge goes to everyone checked in, by the scheduled job after each session. */
    private boolean awardOnCheckIn;
    /** Who runs it when no organisation does (a campaign's public event). */
    private String organiser;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_text", joinColumns = @JoinColumn(name = "opportunity_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Text> texts = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_theme", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_language", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_access", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "feature")
    @Enumerated(EnumType.STRING)
    private Set<AccessFeature> access = new HashSet<>();

    /** The badges taking part leads to (Recognition step). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_badge", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "badge_id")
    private Set<Long> badgeIds = new HashSet<>();

    @Embeddable
    public static class SessionTime {
        @Column(name = "starts_at")
        Instant startsAt;

        @Column(name = "ends_at")
        Instant endsAt;

        protected SessionTime() {}

        SessionTime(Instant startsAt, Instant endsAt) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
        }
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_session", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    private List<SessionTime> sessions = new ArrayList<>();

    protected Opportunity() {}

    Opportunity(Long organisationId, long cityId, long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.cityId = cityId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = Status.DRAFT;
        this.format = Format.IN_PERSON;
        this.free = true;
    }

    /** Autosave: takes whatever was entered. Editing an approved or returned opportunity starts a new draft. */
    void edit(OpportunityDraft d, int step, ZoneId zone, Instant now) {
        if (!status.editable()) {
            throw new IllegalStateException("not editable while " + status);
        }
        if (status == Status.APPROVED || status == Status.CHANGES_REQUESTED) {
            status = Status.DRAFT;
        }
        texts.clear();
        d.texts().forEach((lang, t) -> {
            if (!t.isEmpty()) texts.put(lang, new Text(t));
        });
        type = d.type();
        themes.clear();
        themes.addAll(d.themes());
        format = d.format();
        startsAt = d.startsAt() == null ? null : d.startsAt().atZone(zone).toInstant();
        endsAt = d.endsAt() == null ? null : d.endsAt().atZone(zone).toInstant();
        ongoing = d.ongoing();
        sessions.clear();
        d.sessions().stream()
                .filter(x -> x.startsAt() != null)
                .forEach(x -> sessions.add(new SessionTime(
                        x.startsAt().atZone(zone).toInstant(),
                        x.endsAt() == null ? null : x.endsAt().atZone(zone).toInstant())));
        latitude = d.location() == null ? null : d.location().latitude();
        longitude = d.location() == null ? null : d.location().longitude();
        venue = trim(d.venue());
        address = trim(d.address());
        onlineUrl = trim(d.onlineUrl());
        ageMin = d.ageMin();
        ageMax = d.ageMax();
        capacity = d.capacity();
        free = d.free();
        price = d.free() ? null : trim(d.price());
        languages.clear();
        languages.addAll(d.languages());
        access.clear();
        access.addAll(d.access());
        accessibilityNotes = trim(d.accessibilityNotes());
        joinUrl = trim(d.joinUrl());
        joinEmail = trim(d.joinEmail());
        joinPhone = trim(d.joinPhone());
        joinInMesta = d.joinInMesta();
        awardOnCheckIn = d.awardOnCheckIn();
        wizardStep = Math.max(0, Math.min(step, OpportunityRules.LAST_STEP));
        updatedAt = now;
    }

    OpportunityDraft toDraft(ZoneId zone) {
        Map<String, Texts> t = new TreeMap<>();
        texts.forEach((lang, text) -> t.put(lang, text.toTexts()));
        return new OpportunityDraft(
                t,
                type,
                themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes),
                format,
                startsAt == null ? null : LocalDateTime.ofInstant(startsAt, zone),
                endsAt == null ? null : LocalDateTime.ofInstant(endsAt, zone),
                ongoing,
                latitude == null ? null : new GeoPoint(latitude, longitude),
                venue,
                address,
                onlineUrl,
                ageMin,
                ageMax,
                capacity,
                free,
                price,
                Set.copyOf(languages),
                access.isEmpty() ? Set.of() : EnumSet.copyOf(access),
                accessibilityNotes,
                joinUrl,
                joinEmail,
                joinPhone,
                sessions.stream()
                        .map(x -> new Session(
                                LocalDateTime.ofInstant(x.startsAt, zone),
                                x.endsAt == null ? null : LocalDateTime.ofInstant(x.endsAt, zone)))
                        .toList(),
                joinInMesta,
                awardOnCheckIn);
    }

    void linkBadges(Set<Long> badges, Instant now) {
        revise(now);
        badgeIds.clear();
        badgeIds.addAll(badges);
    }

    public Set<Long> getBadgeIds() {
        return Set.copyOf(badgeIds);
    }

    /** A change outside the form (the picture): like an edit, it makes an approved opportunity a revision. */
    void revise(Instant now) {
        if (!status.editable()) {
            throw new IllegalStateException("not editable while " + status);
        }
        if (status == Status.APPROVED || status == Status.CHANGES_REQUESTED) {
            status = Status.DRAFT;
        }
        updatedAt = now;
    }

    void submit(Instant now) {
        if (status != Status.DRAFT && status != Status.CHANGES_REQUESTED) {
            throw new IllegalStateException("cannot submit while " + status);
        }
        status = Status.SUBMITTED;
        submittedAt = now;
        decisionReason = null;
        updatedAt = now;
    }

    void decide(Status decision, String reason, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("no decision pending while " + status);
        }
        if (decision != Status.APPROVED && decision != Status.CHANGES_REQUESTED && decision != Status.REJECTED) {
            throw new IllegalArgumentException("not a decision: " + decision);
        }
        status = decision;
        decisionReason = reason;
        updatedAt = now;
    }

    void archive(boolean archived, Instant now) {
        this.archived = archived;
        this.updatedAt = now;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    void organisedBy(String organiser) {
        this.organiser = organiser;
    }

    /** The organiser's name for opportunities without an organisation (campaign events), else null. */
    public String getOrganiser() {
        return organiser;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getCityId() {
        return cityId;
    }

    public Status getStatus() {
        return status;
    }

    public int getWizardStep() {
        return wizardStep;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public boolean isArchived() {
        return archived;
    }

    public OpportunityType getType() {
        return type;
    }

    /** The title in the given language, else in any language it has. */
    public String title(String language) {
        Text t = texts.get(language);
        if (t == null || t.title == null || t.title.isBlank()) {
            t = texts.values().stream()
                    .filter(x -> x.title != null && !x.title.isBlank())
                    .findFirst()
                    .orElse(null);
        }
        return t == null ? "" : t.title;
    }
}
