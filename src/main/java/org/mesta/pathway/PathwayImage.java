package org.mesta.pathway;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import org.mesta.base.AbstractEntity;

/** A pathway's picture, already checked and re-encoded: the working one, or the published one copied at approval. */
@Entity
class PathwayImage extends AbstractEntity {

    private Long pathwayId;
    private boolean published;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] data;

    protected PathwayImage() {}

    PathwayImage(long pathwayId, boolean published, byte[] data) {
        this.pathwayId = pathwayId;
        this.published = published;
        this.data = data;
    }

    void replace(byte[] data) {
        this.data = data;
    }

    byte[] getData() {
        return data;
    }
}
