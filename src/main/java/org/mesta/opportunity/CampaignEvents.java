package org.mesta.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.OpportunityEvents.OpportunitySubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Young ambassadors' campaign actions as public events of their city: checked like an opportunity and moderated
 * like one, without an organisation (the organiser's name is shown instead).
 */
@Service
public class CampaignEvents {

    private final OpportunityRepository opportunities;
    private final CityService cities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignEvents(
            OpportunityRepository opportunities, CityService cities, ApplicationEventPublisher events, Clock clock) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.events = events;
        this.clock = clock;
    }

    /** Submits the campaign action straight to the city's moderators; returns the opportunity's id. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public long submitCampaignEvent(String organiser, OpportunityDraft draft) {
        MestaUser me = MestaUser.require();
        City city = cities.findCity(me.cityId()).orElseThrow(() -> new AccessDeniedException("no city"));
        var problems = OpportunityRules.checkAll(
                draft,
                draft.texts().containsKey(city.getDefaultLanguage())
                        ? city.getDefaultLanguage()
                        : draft.texts().keySet().stream().findFirst().orElse(city.getDefaultLanguage()));
        if (!problems.isEmpty()) {
            throw new UserError(problems.getFirst().key());
        }
        Instant now = clock.instant();
        Opportunity o = new Opportunity(null, city.getId(), me.accountId(), now);
        o.organisedBy(organiser);
        o.edit(draft, OpportunityRules.LAST_STEP, ZoneId.of(city.getTimeZone()), now);
        o.submit(now);
        o = opportunities.saveAndFlush(o);
        events.publishEvent(
                new OpportunitySubmitted(o.getId(), o.getCityId(), null, o.title(city.getDefaultLanguage())));
        return o.getId();
    }

    /** Where a campaign's public event stands in moderation, as a status translation key. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> campaignEventStatus(long id) {
        Long city = MestaUser.require().cityId();
        return opportunities
                .findById(id)
                .filter(o -> o.getOrganisationId() == null && o.getCityId().equals(city))
                .map(o -> o.getStatus().translationKey());
    }
}
