package org.mesta.campaign;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture among a campaign's materials (a poster, a mural, a photo of an action), stored as checked JPEG. */
@Entity
@Table(name = "campaign_image")
public class CampaignImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long campaignId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] data;

    private String altText;
    private Long uploadedBy;
    private Instant uploadedAt;

    protected CampaignImage() {}

    CampaignImage(long campaignId, byte[] data, String altText, long uploadedBy, Instant uploadedAt) {
        this.campaignId = campaignId;
        this.data = data;
        this.altText = altText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    Long getCampaignId() {
        return campaignId;
    }

    byte[] getData() {
        return data;
    }

    public String getAltText() {
        return altText;
    }
}
