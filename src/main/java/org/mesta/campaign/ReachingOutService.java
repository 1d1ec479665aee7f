package org.mesta.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mesta.badge.Badge;
import org.mesta.base.MestaUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What carries campaigns beyond their teams: a campaign's public event on the city map (through moderation),
 * the city's campaign badge, and the city admins' summary of outcomes by theme. See ReachingOut.
 */
@Service
public class ReachingOutService {

    private final CampaignRepository campaigns;
    private final CampaignAccess access;
    private final ReachingOut reachingOut;
    private final History history;
    private final Clock clock;

    ReachingOutService(
            CampaignRepository campaigns,
            CampaignAccess access,
            ReachingOut reachingOut,
            History history,
            Clock clock) {
        this.campaigns = campaigns;
        this.access = access;
        this.reachingOut = reachingOut;
        this.history = history;
        this.clock = clock;
    }

    /** Outcomes of the city's campaigns by theme, for its city admins. */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<ThemeSummary> summary() {
        return reachingOut.summary(campaigns.findByCityIdOrderByStageAscSortOrderAsc(
                MestaUser.require().cityId()));
    }

    /** The badge the city awards to the teams of evaluated campaigns (null: none). */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Badge> campaignBadge() {
        return reachingOut.campaignBadge(MestaUser.require().cityId());
    }

    /** The city's published badges a city admin can choose as the campaign badge. */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<Badge> badgeChoices() {
        return reachingOut.badgeChoices();
    }

    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    public void chooseCampaignBadge(Long badgeId) {
        reachingOut.chooseBadge(MestaUser.require().cityId(), badgeId);
    }

    /**
     * Submits one of the campaign's actions as a public event of the city: it goes to the city's moderators
     * like any opportunity, and appears on the map once approved.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign publishEvent(long id, long version, PublicEvent event) {
        Campaign c = access.editable(id, version);
        long opportunityId = reachingOut.submitEvent(c, event);
        c.eventSubmitted(opportunityId, clock.instant());
        history.log(c, "campaign.activity.event-submitted", List.of(event.title()));
        access.changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** Where the campaign's public event stands in moderation (a status translation key), if it has one. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> eventStatus(long id) {
        Campaign c = access.visible(id);
        return c.getEventOpportunityId() == null
                ? Optional.empty()
                : reachingOut.eventStatus(c.getEventOpportunityId());
    }
}
