package org.mesta.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.PeopleNotified;
import org.mesta.campaign.CampaignService.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The conversation on a campaign's page: the team and the city admins comment, "@Name" mentions notify. */
@Service
public class CommentService {

    private final CampaignCommentRepository comments;
    private final CampaignAccess access;
    private final Ambassadors ambassadors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(
            CampaignCommentRepository comments,
            CampaignAccess access,
            Ambassadors ambassadors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.access = access;
        this.ambassadors = ambassadors;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<CampaignComment> comments(long campaignId) {
        access.visible(campaignId);
        return comments.findByCampaignIdOrderByCreatedAtAsc(campaignId);
    }

    /**
     * A comment from the team or the city admins; "@Name" mentions of the city's ambassadors leave them a
     * notice in their inbox.
     */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional
    public CampaignComment comment(long campaignId, String text) {
        Campaign c = access.visible(campaignId);
        MestaUser me = MestaUser.require();
        if (!c.isMember(me.accountId()) && !me.administers(c.getCityId())) {
            throw new AccessDeniedException("only the team and city admins comment");
        }
        if (text == null || text.isBlank()) {
            throw new UserError("error.required");
        }
        if (text.length() > 2000) {
            throw new UserError("campaign.error.too-long");
        }
        CampaignComment saved = comments.save(
                new CampaignComment(campaignId, me.accountId(), me.displayName(), text.strip(), clock.instant()));
        Set<Long> mentioned = Mentions.in(text, ambassadors.people()).stream()
                .map(Person::id)
                .filter(a -> a != me.accountId())
                .collect(Collectors.toSet());
        if (!mentioned.isEmpty()) {
            events.publishEvent(new PeopleNotified(
                    mentioned, c.getId(), c.getTitle(), me.displayName(), "notice.campaign.mention"));
        }
        return saved;
    }
}
