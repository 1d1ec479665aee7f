package org.mesta.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

/** That a person received a campaign's badge: the key holds "once per person per campaign". */
@Entity
class CampaignBadgeAward {

    @Embeddable
    record Key(
            @Column(name = "campaign_id") Long campaignId,
            @Column(name = "account_id") Long accountId) implements Serializable {}

    @EmbeddedId
    private Key key;

    private Instant awardedAt;

    protected CampaignBadgeAward() {}

    CampaignBadgeAward(long campaignId, long accountId, Instant awardedAt) {
        this.key = new Key(campaignId, accountId);
        this.awardedAt = awardedAt;
    }

    Key getKey() {
        return key;
    }
}
