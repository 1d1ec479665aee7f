package org.mesta.campaign;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.mesta.base.MultilingualText;

/**
 * A picture among a campaign's materials (a poster, a mural, a photo of an action), stored as checked JPEG, with a
 * description for screen readers in each of the city's languages its uploader wrote one in.
 */
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_image_alt", joinColumns = @JoinColumn(name = "image_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "alt_text")
    private Map<String, String> altTexts = new TreeMap<>();

    private Long uploadedBy;
    private Instant uploadedAt;

    protected CampaignImage() {}

    CampaignImage(long campaignId, byte[] data, MultilingualText altTexts, long uploadedBy, Instant uploadedAt) {
        this.campaignId = campaignId;
        this.data = data;
        this.altTexts.putAll(altTexts.texts());
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

    public MultilingualText getAltTexts() {
        return MultilingualText.of(altTexts);
    }
}
