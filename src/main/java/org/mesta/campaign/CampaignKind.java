package org.mesta.campaign;

public enum CampaignKind {
    ADVOCACY, ARTS, BOTH;

    public String translationKey() {
        return "campaign.kind." + name().toLowerCase();
    }
}
