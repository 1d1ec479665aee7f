package org.mesta.campaign;

import java.util.Locale;

public enum CampaignKind {
    ADVOCACY,
    ARTS,
    BOTH;

    public String translationKey() {
        return "campaign.kind." + name().toLowerCase(Locale.ROOT);
    }
}
