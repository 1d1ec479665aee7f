package org.mesta.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mesta.badge.BadgeService;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes imported in bulk (the demo network), published as if each had been submitted and approved. */
@Service
public class ProgrammeImport {

    /** One opportunity of an imported programme: what a provider would enter, its picture and its badges. */
    public record Imported(
            long organisationId,
            OpportunityDraft draft,
            byte[] picture,
            MultilingualText pictureDescriptions,
            Set<Long> badgeIds) {}

    private final OpportunityRepository opportunities;
    private final OpportunityImageRepository images;
    private final Publication publication;
    private final CityService cities;
    private final BadgeService badges;
    private final Clock clock;

    ProgrammeImport(
            OpportunityRepository opportunities,
            OpportunityImageRepository images,
            Publication publication,
            CityService cities,
            BadgeService badges,
            Clock clock) {
        this.opportunities = opportunities;
        this.images = images;
        this.publication = publication;
        this.cities = cities;
        this.badges = badges;
        this.clock = clock;
    }

    /**
     * Every opportunity is checked as a submission is and goes the same way (draft, submitted, approved,
     * published), all in one transaction so hundreds take a moment. Nobody is told: an imported programme is no
     * news for moderators or organisations, and hundreds of notices and mails would bury the real ones. Pictures
     * pass the same ImageCheck (the same bytes once).
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public List<Long> importApproved(List<Imported> programme) {
        Instant now = clock.instant();
        long by = MestaUser.require().accountId();
        Map<byte[], ImageCheck.Checked> checked = new IdentityHashMap<>();
        Map<Long, Organisation> orgs = new HashMap<>();
        List<Long> ids = new ArrayList<>(programme.size());
        for (Imported item : programme) {
            Organisation org = orgs.computeIfAbsent(
                    item.organisationId(),
                    id -> cities.findOrganisation(id).orElseThrow(() -> new UserError("error.not-found")));
            City city = org.getCity();
            var problems = OpportunityRules.checkAll(item.draft(), city.getDefaultLanguage());
            if (!problems.isEmpty()) {
                throw new UserError(problems.getFirst().key());
            }
            for (long badgeId : item.badgeIds()) {
                OpportunityService.requireLinkable(badges.get(badgeId), org.getId());
            }
            Opportunity o = new Opportunity(org.getId(), city.getId(), by, now);
            o.edit(item.draft(), OpportunityRules.LAST_STEP, ZoneId.of(city.getTimeZone()), now);
            o.linkBadges(item.badgeIds(), now);
            o.submit(now);
            o.decide(Status.APPROVED, null, now);
            o = opportunities.save(o);
            if (item.picture() != null) {
                OpportunityImage image = new OpportunityImage(o.getId());
                MultilingualText alts = item.pictureDescriptions() == null
                                || item.pictureDescriptions().isEmpty()
                        ? MultilingualText.of(Map.of(city.getDefaultLanguage(), o.title(city.getDefaultLanguage())))
                        : item.pictureDescriptions();
                image.replace(checked.computeIfAbsent(item.picture(), ImageCheck::check), alts, now);
                images.save(image);
            }
            publication.publish(o, now);
            ids.add(o.getId());
        }
        return ids;
    }
}
