package org.mesta.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A city's campaign settings: the badge its evaluated campaigns' teams receive. */
@Entity
@Table(name = "campaign_setting")
class CampaignSetting {

    @Id
    private Long cityId;

    private Long badgeId;

    protected CampaignSetting() {}

    CampaignSetting(long cityId) {
        this.cityId = cityId;
    }

    Long getBadgeId() {
        return badgeId;
    }

    void setBadgeId(Long badgeId) {
        this.badgeId = badgeId;
    }
}
