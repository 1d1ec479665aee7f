package org.mesta.opportunity;

import java.time.ZoneId;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read or write an opportunity's working copy, shared by the providers' and the moderators' services:
 * the organisation's editors write, its members and the city's moderators read.
 */
@Component
class WorkingCopies {

    private final OpportunityRepository opportunities;
    private final CityService cities;

    WorkingCopies(OpportunityRepository opportunities, CityService cities) {
        this.opportunities = opportunities;
        this.cities = cities;
    }

    /** The opportunity for its providers, and for the moderators of its city. */
    Opportunity readable(long id) {
        Opportunity o = opportunities.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        MestaUser user = MestaUser.require();
        boolean provider = user.has(Role.PROVIDER)
                && o.getOrganisationId() != null
                && user.organisationIds().contains(o.getOrganisationId());
        boolean moderator = user.has(Role.MODERATOR) && o.getCityId().equals(user.cityId());
        if (!provider && !moderator) {
            throw new AccessDeniedException("not your opportunity " + id);
        }
        return o;
    }

    Opportunity owned(long id) {
        Opportunity o = opportunities.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (o.getOrganisationId() == null) {
            throw new AccessDeniedException("a campaign event " + id);
        }
        requireEditor(o.getOrganisationId());
        return o;
    }

    Opportunity ownedForEdit(long id, long version) {
        Opportunity o = owned(id);
        if (o.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
        }
        return o;
    }

    Opportunity editableOwned(long id) {
        Opportunity o = owned(id);
        if (!o.getStatus().editable()) {
            throw new UserError("opportunity.error.not-editable");
        }
        return o;
    }

    /** Writing an organisation's opportunities is for its editors and admins; issuers only read them. */
    static void requireEditor(long organisationId) {
        if (!MestaUser.require().editsFor(organisationId)) {
            throw new AccessDeniedException("not an editor of organisation " + organisationId);
        }
    }

    City city(Opportunity o) {
        return cities.findCity(o.getCityId()).orElseThrow();
    }

    ZoneId zone(Opportunity o) {
        return ZoneId.of(city(o).getTimeZone());
    }
}
