package org.mesta.campaign;

import java.time.Clock;
import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.opportunity.ImageCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures among a campaign's materials: seen by everyone on the city's board, added and removed by the team;
 * checked by content and redrawn as JPEG (see ImageCheck), each with a description for screen readers.
 */
@Service
public class MaterialsService {

    private final CampaignImageRepository images;
    private final CampaignAccess access;
    private final History history;
    private final Clock clock;

    MaterialsService(CampaignImageRepository images, CampaignAccess access, History history, Clock clock) {
        this.images = images;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    public record ImageRef(long id, String altText) {}

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<ImageRef> images(long campaignId) {
        access.visible(campaignId);
        return images.refs(campaignId).stream()
                .map(r -> new ImageRef((Long) r[0], (String) r[1]))
                .toList();
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public byte[] image(long imageId) {
        CampaignImage i = find(imageId);
        access.visible(i.getCampaignId());
        return i.getData();
    }

    /** Adds a picture to the materials: checked by content and redrawn as JPEG (see ImageCheck). */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public ImageRef addImage(long campaignId, byte[] upload, String altText) {
        Campaign c = access.member(campaignId);
        if (altText == null || altText.isBlank()) {
            throw new UserError("campaign.error.alt-text");
        }
        if (altText.strip().length() > 300) {
            throw new UserError("campaign.error.too-long");
        }
        ImageCheck.Checked checked = ImageCheck.check(upload);
        CampaignImage i = images.save(new CampaignImage(
                c.getId(), checked.jpeg(), altText.strip(), MestaUser.require().accountId(), clock.instant()));
        history.log(c, "campaign.activity.image-added", List.of(i.getAltText()));
        return new ImageRef(i.getId(), i.getAltText());
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public void removeImage(long imageId) {
        CampaignImage i = find(imageId);
        Campaign c = access.member(i.getCampaignId());
        images.delete(i);
        history.log(c, "campaign.activity.image-removed", List.of(i.getAltText()));
    }

    private CampaignImage find(long imageId) {
        return images.findById(imageId).orElseThrow(() -> new UserError("error.not-found"));
    }
}
