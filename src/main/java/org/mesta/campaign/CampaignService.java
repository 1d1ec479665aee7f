package org.mesta.campaign;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.PeopleNotified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One campaign's page: its details, outcomes, team and history. Every ambassador and city admin of the city
 * reads it; only its team edits it, and only its leads change the team. The board, the checklist, comments,
 * materials, the library and reaching out have services of their own.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignAccess access;
    private final Ambassadors ambassadors;
    private final History history;
    private final Library library;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(
            CampaignRepository campaigns,
            CampaignAccess access,
            Ambassadors ambassadors,
            History history,
            Library library,
            ApplicationEventPublisher events,
            Clock clock) {
        this.campaigns = campaigns;
        this.access = access;
        this.ambassadors = ambassadors;
        this.history = history;
        this.library = library;
        this.events = events;
        this.clock = clock;
    }

    /** Someone who can be on a team, be assigned a task or be mentioned. */
    public record Person(long id, String name) {}

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Campaign get(long id) {
        return access.visible(id);
    }

    /** Whether the signed-in person is on the campaign's team (and so may change it). */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayEdit(long id) {
        MestaUser me = MestaUser.require();
        return me.has(Role.AMBASSADOR) && access.visible(id).isMember(me.accountId());
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign save(long id, long version, CampaignDraft draft) {
        Campaign c = access.editable(id, version);
        draft.check();
        for (Long r : draft.recommendationIds() == null ? Set.<Long>of() : draft.recommendationIds()) {
            library.visible(r);
        }
        CampaignDraft before = c.toDraft();
        c.edit(draft, clock.instant());
        Set<String> changedFields = Changes.between(before, c.toDraft());
        if (!changedFields.isEmpty()) {
            history.log(
                    c,
                    "campaign.activity.edited",
                    changedFields.stream().map(f -> "#campaign.changed." + f).toList());
        }
        access.changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** Records (or corrects) what the campaign achieved. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign recordOutcomes(long id, long version, Outcomes outcomes) {
        Campaign c = access.editable(id, version);
        outcomes.check();
        c.record(outcomes, clock.instant());
        history.log(c, "campaign.activity.outcomes", List.of());
        access.changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** Leads choose the team among the city's ambassadors; there is always at least one lead. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign setTeam(long id, long version, Set<Long> members, Set<Long> leads) {
        Campaign c = access.editable(id, version);
        MestaUser me = MestaUser.require();
        if (!c.isLead(me.accountId())) {
            throw new AccessDeniedException("only leads change the team");
        }
        if (leads.isEmpty()) {
            throw new UserError("campaign.error.lead-needed");
        }
        Map<Long, String> names = ambassadors.names();
        Set<Long> everyone = new HashSet<>(members);
        everyone.addAll(leads);
        if (!names.keySet().containsAll(everyone)) {
            throw new UserError("campaign.error.not-ambassador");
        }
        Set<Long> before = c.memberIds();
        c.setTeam(
                everyone.stream()
                        .map(a -> new Campaign.Member(a, leads.contains(a)))
                        .collect(Collectors.toSet()),
                clock.instant());
        Set<Long> added = everyone.stream().filter(a -> !before.contains(a)).collect(Collectors.toSet());
        Set<Long> removed = before.stream().filter(a -> !everyone.contains(a)).collect(Collectors.toSet());
        added.forEach(a -> history.log(c, "campaign.activity.joined", List.of(names.getOrDefault(a, "?"))));
        removed.forEach(a -> history.log(c, "campaign.activity.left", List.of(names.getOrDefault(a, "?"))));
        added.remove(me.accountId());
        if (!added.isEmpty()) {
            events.publishEvent(
                    new PeopleNotified(added, c.getId(), c.getTitle(), me.displayName(), "notice.campaign.team"));
        }
        access.changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** An ambassador of the city who is not on the team asks to join: the leads hear of it and decide. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public void askToJoin(long id) {
        Campaign c = access.visible(id);
        MestaUser me = MestaUser.require();
        if (c.isMember(me.accountId())) {
            throw new UserError("campaign.error.already-member");
        }
        history.log(c, "campaign.activity.asked-to-join", List.of());
        events.publishEvent(new PeopleNotified(
                c.leadIds(), c.getId(), c.getTitle(), me.displayName(), "notice.campaign.join-request"));
    }

    /** The campaign's history, newest first. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<ActivityLine> activity(long campaignId) {
        access.visible(campaignId);
        return history.of(campaignId);
    }

    /** The city's ambassadors: who can be on a team, be assigned a task or be mentioned. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> people() {
        return ambassadors.people();
    }
}
