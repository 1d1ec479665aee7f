package org.mesta.campaign;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.ImageCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures among a campaign's materials: seen by everyone on the city's board, added and removed by the team;
 * checked by content and redrawn as JPEG (see ImageCheck), each with a description for screen readers in at least
 * one of the city's languages (an ambassador on a phone writes one; the others are welcome).
 */
@Service
public class MaterialsService {

    /** The longest description of a picture, in any language. */
    public static final int MAX_ALT = 300;

    private final CampaignImageRepository images;
    private final CampaignAccess access;
    private final History history;
    private final CityService cities;
    private final Clock clock;

    MaterialsService(
            CampaignImageRepository images, CampaignAccess access, History history, CityService cities, Clock clock) {
        this.images = images;
        this.access = access;
        this.history = history;
        this.cities = cities;
        this.clock = clock;
    }

    /** A picture and its description per language (a reader is shown one by {@link MultilingualText#best}). */
    public record ImageRef(long id, MultilingualText altTexts) {}

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<ImageRef> images(long campaignId) {
        access.visible(campaignId);
        Map<Long, Map<String, String>> described = new LinkedHashMap<>();
        for (Object[] row : images.refs(campaignId)) {
            Map<String, String> texts = described.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>());
            if (row[1] != null) texts.put((String) row[1], (String) row[2]);
        }
        return described.entrySet().stream()
                .map(e -> new ImageRef(e.getKey(), MultilingualText.of(e.getValue())))
                .toList();
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public byte[] image(long imageId) {
        CampaignImage i = find(imageId);
        access.visible(i.getCampaignId());
        return i.getData();
    }

    /**
     * Adds a picture to the materials: checked by content and redrawn as JPEG (see ImageCheck), described in at
     * least one language.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public ImageRef addImage(long campaignId, byte[] upload, MultilingualText altTexts) {
        Campaign c = access.member(campaignId);
        if (altTexts.isEmpty()) {
            throw new UserError("campaign.error.alt-text");
        }
        if (altTexts.texts().values().stream().anyMatch(alt -> alt.length() > MAX_ALT)) {
            throw new UserError("campaign.error.too-long");
        }
        ImageCheck.Checked checked = ImageCheck.check(upload);
        CampaignImage i = images.save(new CampaignImage(
                c.getId(), checked.jpeg(), altTexts, MestaUser.require().accountId(), clock.instant()));
        history.log(c, "campaign.activity.image-added", List.of(named(c, i)));
        return new ImageRef(i.getId(), i.getAltTexts());
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public void removeImage(long imageId) {
        CampaignImage i = find(imageId);
        Campaign c = access.member(i.getCampaignId());
        images.delete(i);
        history.log(c, "campaign.activity.image-removed", List.of(named(c, i)));
    }

    /** The description the history names the picture by: in the city's first language, else English, else any. */
    private String named(Campaign c, CampaignImage i) {
        String first =
                cities.findCity(c.getCityId()).map(City::getDefaultLanguage).orElse("en");
        return i.getAltTexts().best(Locale.forLanguageTag(first), first).orElse("");
    }

    private CampaignImage find(long imageId) {
        return images.findById(imageId).orElseThrow(() -> new UserError("error.not-found"));
    }
}
