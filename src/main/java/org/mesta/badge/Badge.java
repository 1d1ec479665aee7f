package org.mesta.badge;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;
import org.mesta.base.Languages;

/** A badge class: what an organisation recognises, how the badge looks, and its words per language. */
@Entity
public class Badge extends AbstractEntity {

    @Embeddable
    static class Text {
        @Column(name = "name")
        String name;

        @Column(name = "subtitle")
        String subtitle;

        @Column(name = "ribbon")
        String ribbon;

        @Column(name = "description")
        String description;

        @Column(name = "criteria")
        String criteria;

        @Column(name = "image_alt")
        String imageAlt;

        protected Text() {}

        Text(BadgeTexts t) {
            name = t.name();
            subtitle = t.subtitle();
            ribbon = t.ribbon();
            description = t.description();
            criteria = t.criteria();
            imageAlt = t.imageAlt();
        }

        BadgeTexts toTexts() {
            return new BadgeTexts(name, subtitle, ribbon, description, criteria, imageAlt);
        }
    }

    @Embeddable
    static class AlignmentRow {
        @Column(name = "name")
        String name;

        @Column(name = "url")
        String url;

        @Column(name = "code")
        String code;

        protected AlignmentRow() {}

        AlignmentRow(Alignment a) {
            name = a.name();
            url = a.url();
            code = a.code() == null ? "" : a.code();
        }
    }

    private Long organisationId;
    private Long cityId;

    @Enumerated(EnumType.STRING)
    private BadgeStatus status;
    /** The design model as JSON (see BadgeDesign). */
    private String design;

    private String criteriaUrl;
    /** Skills and tags, comma-separated. */
    private String tags;

    private Integer expiryMonths;
    /** The uploaded picture, checked and stored as PNG (see BadgeImageCheck), or null. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] image;

    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    // A wallet reads hundreds of badges at once: their words and alignments come in batches, not one query each.
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "badge_text", joinColumns = @JoinColumn(name = "badge_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Text> texts = new HashMap<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "badge_alignment", joinColumns = @JoinColumn(name = "badge_id"))
    @OrderColumn(name = "position")
    private List<AlignmentRow> alignments = new ArrayList<>();

    protected Badge() {}

    Badge(long organisationId, long cityId, long createdBy, String designJson, Instant now) {
        this.organisationId = organisationId;
        this.cityId = cityId;
        this.createdBy = createdBy;
        this.status = BadgeStatus.DRAFT;
        this.design = designJson;
        this.tags = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(
            String designJson,
            Map<String, BadgeTexts> newTexts,
            String criteriaUrl,
            List<String> tags,
            List<Alignment> newAlignments,
            Integer expiryMonths,
            Instant now) {
        if (status == BadgeStatus.ARCHIVED) {
            throw new IllegalStateException("archived badges are not edited");
        }
        this.design = designJson;
        texts.clear();
        newTexts.forEach((lang, t) -> {
            if (!t.isEmpty()) texts.put(lang, new Text(t));
        });
        this.criteriaUrl = criteriaUrl == null || criteriaUrl.isBlank() ? null : criteriaUrl.strip();
        this.tags = String.join(
                ",",
                tags.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList());
        alignments.clear();
        newAlignments.forEach(a -> alignments.add(new AlignmentRow(a)));
        this.expiryMonths = expiryMonths;
        this.updatedAt = now;
    }

    void setImage(byte[] png, Instant now) {
        if (status == BadgeStatus.ARCHIVED) {
            throw new IllegalStateException("archived badges are not edited");
        }
        this.image = png;
        this.updatedAt = now;
    }

    /** The picture as a data: URI for the SVG, or null. */
    String imageDataUri() {
        return image == null
                ? null
                : "data:image/png;base64," + Base64.getEncoder().encodeToString(image);
    }

    void setStatus(BadgeStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getCityId() {
        return cityId;
    }

    public BadgeStatus getStatus() {
        return status;
    }

    String getDesign() {
        return design;
    }

    public String getCriteriaUrl() {
        return criteriaUrl;
    }

    public List<String> getTags() {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public Integer getExpiryMonths() {
        return expiryMonths;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Map<String, BadgeTexts> texts() {
        Map<String, BadgeTexts> out = new TreeMap<>();
        texts.forEach((lang, t) -> out.put(lang, t.toTexts()));
        return out;
    }

    /**
     * The language a reader is shown this badge in ({@link Languages#pick}: theirs, else the city's first, else
     * English, else any written); null when it has no words at all.
     */
    public @Nullable String shownLanguage(Locale reader, @Nullable String cityFirst) {
        List<String> written = texts.entrySet().stream()
                .filter(e -> e.getValue().name != null && !e.getValue().name.isBlank())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return Languages.pick(written, reader, cityFirst).orElse(null);
    }

    /** The words in a language, else in the first language written. */
    public BadgeTexts texts(String language) {
        Text t = texts.get(language);
        if (t == null || t.name == null || t.name.isBlank()) {
            t = texts.values().stream()
                    .filter(x -> x.name != null && !x.name.isBlank())
                    .findFirst()
                    .orElse(null);
        }
        return t == null ? BadgeTexts.empty() : t.toTexts();
    }

    public List<Alignment> alignments() {
        return alignments.stream()
                .map(a -> new Alignment(a.name, a.url, a.code))
                .toList();
    }
}
