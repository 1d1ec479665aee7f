package org.mesta.opportunity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/**
 * The picture of the approved version, copied from the working copy when a moderator approves it (its descriptions
 * travel in the published snapshot).
 */
@Entity
class PublishedImage {

    @Id
    private Long opportunityId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] data;

    protected PublishedImage() {}

    PublishedImage(long opportunityId) {
        this.opportunityId = opportunityId;
    }

    void copy(OpportunityImage image) {
        this.data = image.getData();
    }

    byte[] getData() {
        return data;
    }
}
