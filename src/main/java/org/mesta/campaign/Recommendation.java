package org.mesta.campaign;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mesta.base.AbstractEntity;
import org.mesta.opportunity.Theme;

/**
 * A youth policy recommendation campaigns carry to decision makers: the network's (no city) or one city's,
 * with its words per language, theme and source (e.g. "Youth Forum Ljubljana 2025").
 */
@Entity
public class Recommendation extends AbstractEntity {

    public enum Status {
        PROPOSED,
        CURATED,
        DECLINED;

        public String translationKey() {
            return "recommendation.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Title and text in one language. */
    @Embeddable
    public record Words(
            @Column(name = "title") String title,
            @Column(name = "body") String body) {}

    private Long cityId;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    private String source;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Long proposedBy;
    private Instant proposedAt;
    private Long curatedBy;
    private Instant curatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation_text", joinColumns = @JoinColumn(name = "recommendation_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Words> words = new HashMap<>();

    protected Recommendation() {}

    Recommendation(Long cityId, Theme theme, String source, Map<String, Words> words, long proposedBy, Instant now) {
        this.cityId = cityId;
        this.theme = theme;
        this.source = source.trim();
        this.words = new HashMap<>(words);
        this.status = Status.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    void curate(boolean accepted, long by, Instant now) {
        status = accepted ? Status.CURATED : Status.DECLINED;
        curatedBy = by;
        curatedAt = now;
    }

    /** The words in the reader's language, else English, else whichever there are. */
    public Words words(String language) {
        Words w = words.get(language);
        if (w == null) w = words.get("en");
        if (w == null) w = words.values().stream().findFirst().orElse(new Words("", ""));
        return w;
    }

    public Map<String, Words> getWords() {
        return Map.copyOf(words);
    }

    public Long getCityId() {
        return cityId;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getSource() {
        return source;
    }

    public Status getStatus() {
        return status;
    }

    public Long getProposedBy() {
        return proposedBy;
    }
}
