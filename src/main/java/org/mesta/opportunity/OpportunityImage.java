package org.mesta.opportunity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.mesta.base.MultilingualText;

/**
 * The opportunity's picture as stored: already resized JPEG bytes, with a description for screen readers in each
 * language the provider wrote one.
 */
@Entity
class OpportunityImage {

    @Id
    private Long opportunityId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_image_alt", joinColumns = @JoinColumn(name = "opportunity_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "alt_text")
    private Map<String, String> altTexts = new TreeMap<>();

    private int width;
    private int height;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] data;

    private Instant updatedAt;

    protected OpportunityImage() {}

    OpportunityImage(long opportunityId) {
        this.opportunityId = opportunityId;
    }

    void replace(ImageCheck.Checked image, MultilingualText altTexts, Instant now) {
        this.data = image.jpeg();
        this.width = image.width();
        this.height = image.height();
        describe(altTexts, now);
    }

    void describe(MultilingualText altTexts, Instant now) {
        this.altTexts.clear();
        this.altTexts.putAll(altTexts.texts());
        this.updatedAt = now;
    }

    byte[] getData() {
        return data;
    }

    MultilingualText getAltTexts() {
        return MultilingualText.of(altTexts);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
