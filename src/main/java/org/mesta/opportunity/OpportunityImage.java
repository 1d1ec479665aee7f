package org.mesta.opportunity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;
import java.time.Instant;

/** The opportunity's picture as stored: already resized JPEG bytes, with a description for screen readers. */
@Entity
class OpportunityImage {

    @Id
    private Long opportunityId;

    @Version
    private long version;

    private String altText;
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

    void replace(ImageCheck.Checked image, String altText, Instant now) {
        this.data = image.jpeg();
        this.width = image.width();
        this.height = image.height();
        this.altText = altText;
        this.updatedAt = now;
    }

    void describe(String altText, Instant now) {
        this.altText = altText;
        this.updatedAt = now;
    }

    byte[] getData() {
        return data;
    }

    String getAltText() {
        return altText;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
