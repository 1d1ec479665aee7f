package org.mesta.campaign;

import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.opportunity.ImageCheck;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Pictures among a campaign's materials: checked by content and redrawn as JPEG (see ImageCheck), each with a
 * description for screen readers. Called by CampaignService, which has checked the role and the team.
 */
@Component
class Materials {

    private final CampaignImageRepository images;
    private final History history;
    private final Clock clock;

    Materials(CampaignImageRepository images, History history, Clock clock) {
        this.images = images;
        this.history = history;
        this.clock = clock;
    }

    List<CampaignService.ImageRef> of(long campaignId) {
        return images.refs(campaignId).stream()
                .map(r -> new CampaignService.ImageRef((Long) r[0], (String) r[1])).toList();
    }

    CampaignImage find(long imageId) {
        return images.findById(imageId).orElseThrow(() -> new UserError("error.not-found"));
    }

    CampaignService.ImageRef add(Campaign c, byte[] upload, String altText) {
        if (altText == null || altText.isBlank()) {
            throw new UserError("campaign.error.alt-text");
        }
        if (altText.strip().length() > 300) {
            throw new UserError("campaign.error.too-long");
        }
        ImageCheck.Checked checked = ImageCheck.check(upload);
        CampaignImage i = images.save(new CampaignImage(c.getId(), checked.jpeg(), altText.strip(),
                MestaUser.require().accountId(), clock.instant()));
        history.log(c, "campaign.activity.image-added", List.of(i.getAltText()));
        return new CampaignService.ImageRef(i.getId(), i.getAltText());
    }

    void remove(Campaign c, CampaignImage i) {
        images.delete(i);
        history.log(c, "campaign.activity.image-removed", List.of(i.getAltText()));
    }
}
