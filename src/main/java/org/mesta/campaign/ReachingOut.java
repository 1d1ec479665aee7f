package org.mesta.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.PeopleNotified;
import org.mesta.opportunity.CampaignEvents;
import org.mesta.opportunity.Format;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityEvents.OpportunityDecided;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Texts;
import org.mesta.opportunity.Theme;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What carries a campaign beyond its team: a public event on the city map (through moderation), the city's
 * campaign badge for the team of an evaluated campaign, and the city admins' summary of outcomes by theme.
 * Called by ReachingOutService and BoardService, which have checked the role and the team.
 */
@Component
class ReachingOut {

    private final CampaignEvents opportunities;
    private final BadgeService badges;
    private final AwardService awards;
    private final AccountService accounts;
    private final CampaignSettingRepository settings;
    private final CampaignRepository campaigns;
    private final CampaignBadgeAwardRepository given;
    private final History history;
    private final ApplicationEventPublisher events;
    private final TranslationProvider translations;

    ReachingOut(
            CampaignEvents opportunities,
            BadgeService badges,
            AwardService awards,
            AccountService accounts,
            CampaignSettingRepository settings,
            CampaignRepository campaigns,
            CampaignBadgeAwardRepository given,
            History history,
            ApplicationEventPublisher events,
            TranslationProvider translations) {
        this.given = given;
        this.translations = translations;
        this.opportunities = opportunities;
        this.badges = badges;
        this.awards = awards;
        this.accounts = accounts;
        this.settings = settings;
        this.campaigns = campaigns;
        this.history = history;
        this.events = events;
    }

    // ---- the public event ----

    long submitEvent(Campaign c, PublicEvent e) {
        if (c.getEventOpportunityId() != null
                && opportunities
                        .campaignEventStatus(c.getEventOpportunityId())
                        .filter(s -> s.equals(Status.SUBMITTED.translationKey()))
                        .isPresent()) {
            throw new UserError("campaign.error.event-pending");
        }
        if (c.getThemes().isEmpty()) {
            throw new UserError("campaign.error.event-themes");
        }
        String language = MestaUser.require().language() == null
                ? "en"
                : MestaUser.require().language();
        boolean online = e.location() == null;
        OpportunityDraft draft = new OpportunityDraft(
                Map.of(language, new Texts(e.title(), e.summary(), e.description())),
                OpportunityType.EVENT,
                c.getThemes(),
                online ? Format.ONLINE : Format.IN_PERSON,
                e.startsAt(),
                e.endsAt(),
                false,
                e.location(),
                e.venue(),
                e.address(),
                online ? e.onlineUrl() : null,
                null,
                null,
                null,
                true,
                null,
                Set.of(language),
                Set.of(),
                null,
                e.onlineUrl(),
                null,
                null,
                List.of());
        return opportunities.submitCampaignEvent(c.getTitle(), draft);
    }

    Optional<String> eventStatus(long opportunityId) {
        return opportunities.campaignEventStatus(opportunityId);
    }

    /**
     * A moderator decided on a campaign's public event: the team hears of it and the history keeps it. After the
     * decision is committed, in a transaction of its own, kept in the event publication registry until done; on
     * behalf of the moderator (the history names them), or of the system when resubmitted later (EventResubmission).
     */
    @ApplicationModuleListener
    void decided(OpportunityDecided event) {
        if (event.organisationId() != null) {
            return;
        }
        SystemTask.runUnlessSignedIn(() -> campaigns
                .findByEventOpportunityId(event.opportunityId())
                .ifPresent(c -> {
                    String key =
                            "campaign.activity.event-" + event.decision().name().toLowerCase(Locale.ROOT);
                    history.log(c, key, List.of(event.title(), event.reason() == null ? "" : event.reason()));
                    events.publishEvent(new PeopleNotified(
                            c.memberIds(),
                            c.getId(),
                            c.getTitle(),
                            MestaUser.require().displayName(),
                            "notice.campaign.event-" + event.decision().name().toLowerCase(Locale.ROOT)));
                }));
    }

    // ---- the campaign badge ----

    Optional<Badge> campaignBadge(Long cityId) {
        return cityId == null
                ? Optional.empty()
                : settings.findById(cityId).map(CampaignSetting::getBadgeId).map(badges::get);
    }

    List<Badge> badgeChoices() {
        return badges.publishedInMyCity();
    }

    void chooseBadge(Long cityId, Long badgeId) {
        if (badgeId != null && badgeChoices().stream().noneMatch(b -> b.getId().equals(badgeId))) {
            throw new UserError("campaign.error.badge");
        }
        CampaignSetting s = settings.findById(cityId).orElseGet(() -> new CampaignSetting(cityId));
        s.setBadgeId(badgeId);
        settings.save(s);
    }

    /**
     * Awards the city's campaign badge (if it has one) to the team members who have not yet received it for
     * this campaign, the outcomes being the evidence; returns how many received it. Each receipt is recorded
     * under a (campaign, person) key, so a second confirmation or a campaign evaluated again gives no second badge.
     */
    int awardTeam(Campaign c, Instant now) {
        Optional<Badge> badge = campaignBadge(c.getCityId());
        if (badge.isEmpty()) {
            return 0;
        }
        Set<Long> team = new HashSet<>(c.memberIds());
        team.removeAll(given.awardedIn(c.getId()));
        List<Account> receiving = accounts.colleagues(Role.AMBASSADOR).stream()
                .filter(a -> team.contains(a.getId()))
                .toList();
        if (receiving.isEmpty()) {
            return 0;
        }
        String language = MestaUser.require().language() == null
                ? "en"
                : MestaUser.require().language();
        String evidence = evidence(c, TranslationProvider.locale(language));
        awards.awardForCampaign(
                badge.get().getId(), receiving.stream().map(Account::getEmail).toList(), language, evidence);
        receiving.forEach(a -> given.save(new CampaignBadgeAward(c.getId(), a.getId(), now)));
        given.flush();
        history.log(
                c,
                "campaign.activity.badge-awarded",
                List.of(badge.get().texts(language).name(), String.valueOf(receiving.size())));
        return receiving.size();
    }

    /** The outcomes as the badge's evidence, in the language the badge is awarded in. */
    private String evidence(Campaign c, Locale locale) {
        Outcomes o = c.getOutcomes();
        List<String> parts = new ArrayList<>();
        figure(parts, "campaign.outcome.people", o.peopleReached(), locale);
        figure(parts, "campaign.outcome.decision-makers", o.decisionMakers(), locale);
        figure(parts, "campaign.outcome.events", o.eventsHeld(), locale);
        figure(parts, "campaign.outcome.media", o.mediaMentions(), locale);
        figure(parts, "campaign.outcome.artworks", o.artworks(), locale);
        return translations.getTranslation(
                "campaign.evidence",
                locale,
                c.getTitle(),
                o.story(),
                parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
    }

    private void figure(List<String> parts, String key, Integer n, Locale locale) {
        if (n != null) parts.add(translations.getTranslation(key, locale) + ": " + n);
    }

    // ---- the city admins' summary ----

    List<ThemeSummary> summary(List<Campaign> all) {
        Map<Theme, ThemeSummary> byTheme = new EnumMap<>(Theme.class);
        for (Campaign c : all) {
            c.getThemes().forEach(t -> byTheme.merge(t, ThemeSummary.of(t, c), ThemeSummary::plus));
        }
        return List.copyOf(byTheme.values());
    }
}
