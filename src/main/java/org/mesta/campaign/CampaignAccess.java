package org.mesta.campaign;

import java.util.Objects;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.BoardChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and touch a campaign: everyone on the board of its city sees it, only its team changes it, and a
 * stale version (someone else changed it meanwhile) is refused. Every change is announced to the open boards.
 * Called by the feature's services after their role check.
 */
@Component
class CampaignAccess {

    private final CampaignRepository campaigns;
    private final ApplicationEventPublisher events;

    CampaignAccess(CampaignRepository campaigns, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.events = events;
    }

    /** A campaign of the caller's city. */
    Campaign visible(long id) {
        Campaign c = campaigns.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (!c.getCityId().equals(MestaUser.require().cityId())) {
            throw new AccessDeniedException("campaign of another city " + id);
        }
        return c;
    }

    /** A campaign whose team the caller is on. */
    Campaign member(long id) {
        Campaign c = visible(id);
        if (!c.isMember(MestaUser.require().accountId())) {
            throw new AccessDeniedException("not on the team of campaign " + id);
        }
        return c;
    }

    /** A campaign the caller's team may change, still at the version the caller saw. */
    Campaign editable(long id, long version) {
        Campaign c = member(id);
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Campaign.class, id);
        }
        return c;
    }

    /** Open boards of the city refresh. */
    void changed(Campaign c) {
        events.publishEvent(new BoardChanged(c.getCityId(), Objects.requireNonNull(c.getId())));
    }
}
