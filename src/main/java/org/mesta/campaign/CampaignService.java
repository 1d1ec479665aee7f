package org.mesta.campaign;

import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.BoardChanged;
import org.mesta.campaign.CampaignEvents.PeopleNotified;
import org.mesta.opportunity.Theme;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Young ambassadors' campaigns on their city's board. Every ambassador and city admin of a city sees its
 * campaigns; only a campaign's team edits it, moves it and keeps its checklist; leads manage the team. The
 * recommendations library, outcomes and reaching out (public events, badges) are here too, each in its own
 * helper, so this class stays the feature's one door.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignCommentRepository comments;
    private final Checklist checklist;
    private final Materials materials;
    private final AccountService accounts;
    private final History history;
    private final Board board;
    private final Library library;
    private final ReachingOut reachingOut;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignCommentRepository comments,
                    Checklist checklist, Materials materials, AccountService accounts, History history, Board board,
                    Library library, ReachingOut reachingOut, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.comments = comments;
        this.checklist = checklist;
        this.materials = materials;
        this.accounts = accounts;
        this.history = history;
        this.board = board;
        this.library = library;
        this.reachingOut = reachingOut;
        this.events = events;
        this.clock = clock;
    }

    /** What a board card shows. */
    public record BoardCard(long id, long version, String title, CampaignKind kind, Stage stage, int position,
                            Set<Theme> themes, List<String> leads, String nextTask, LocalDate nextDue, int tasksDone,
                            int tasksTotal, LocalDate startsOn, LocalDate endsOn, boolean mine,
                            Integer peopleReached) {
    }

    /** Board filters; nulls mean "any". */
    public record BoardFilter(boolean mine, Theme theme, CampaignKind kind, Stage stage) {
        public static final BoardFilter ALL = new BoardFilter(false, null, null, null);
    }

    /** Someone who can be on a team, be assigned a task or be mentioned. */
    public record Person(long id, String name) {
    }

    public record ImageRef(long id, String altText) {
    }

    /** What the public may know of a campaign in action: no team, no goal text, no tasks. */
    public record Running(long id, String title, CampaignKind kind, long cityId, LocalDate startsOn, LocalDate endsOn,
                          Long eventOpportunityId) {
    }

    /** Campaigns in action across the network (at most 12, latest moved first), for the front page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Running> running(int limit) {
        int wanted = Math.max(1, Math.min(limit, 12));
        return campaigns.findByStageOrderByUpdatedAtDesc(Stage.IN_ACTION,
                        PageRequest.of(0, wanted)).stream()
                .map(c -> new Running(c.getId(), c.getTitle(), c.getKind(), c.getCityId(), c.getStartsOn(), c.getEndsOn(),
                        c.getEventOpportunityId()))
                .toList();
    }

    // ---- the board ----

    /** The city's campaigns as cards, in board order (stage, then position). */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<BoardCard> board(BoardFilter filter) {
        MestaUser me = MestaUser.require();
        if (me.cityId() == null) {
            return List.of();
        }
        List<Campaign> all = campaigns.findByCityIdOrderByStageAscSortOrderAsc(me.cityId()).stream()
                .filter(c -> !filter.mine() || c.isMember(me.accountId()))
                .filter(c -> filter.theme() == null || c.getThemes().contains(filter.theme()))
                .filter(c -> filter.kind() == null || c.getKind() == filter.kind() || c.getKind() == CampaignKind.BOTH
                        && filter.kind() != CampaignKind.BOTH)
                .filter(c -> filter.stage() == null || c.getStage() == filter.stage())
                .toList();
        Map<Long, List<CampaignTask>> tasks = checklist.of(all.stream().map(Campaign::getId).toList());
        Map<Long, String> names = names();
        return all.stream().map(c -> card(c, tasks.getOrDefault(c.getId(), List.of()), names, me)).toList();
    }

    private static BoardCard card(Campaign c, List<CampaignTask> list, Map<Long, String> names, MestaUser me) {
        Optional<CampaignTask> next = list.stream().filter(t -> !t.isDone())
                .min(Comparator.comparing(CampaignTask::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CampaignTask::getSortOrder));
        int done = (int) list.stream().filter(CampaignTask::isDone).count();
        List<String> leads = c.leadIds().stream().map(id -> names.getOrDefault(id, "?")).sorted().toList();
        return new BoardCard(c.getId(), c.getVersion(), c.getTitle(), c.getKind(), c.getStage(), c.getSortOrder(),
                c.getThemes(), leads, next.map(CampaignTask::getTitle).orElse(null),
                next.map(CampaignTask::getDueOn).orElse(null), done, list.size(), c.getStartsOn(), c.getEndsOn(),
                c.isMember(me.accountId()), c.hasOutcomes() ? c.getOutcomes().peopleReached() : null);
    }

    /** A new campaign in the Idea column, its creator the first lead; optionally carrying a recommendation. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign create(String title, CampaignKind kind, Long recommendationId) {
        MestaUser me = MestaUser.require();
        if (me.cityId() == null) {
            throw new AccessDeniedException("an ambassador without a city");
        }
        String t = CampaignDraft.checkTitle(title);
        Campaign c = new Campaign(me.cityId(), t, kind == null ? CampaignKind.ADVOCACY : kind, me.accountId(),
                campaigns.lastPosition(me.cityId(), Stage.IDEA) + 1, clock.instant());
        if (recommendationId != null) {
            c.carry(library.visible(recommendationId));
        }
        c = campaigns.saveAndFlush(c);
        history.log(c, "campaign.activity.created", List.of(c.getTitle()));
        changed(c);
        return c;
    }

    /**
     * Moves a card to a stage and a place in its column (0 = top); the rest of both columns close up. A card
     * reaching Done (or Evaluated) must have outcomes: give them here if it has none yet. Reaching Evaluated
     * puts it before the city admin, whose confirmation awards the city's campaign badge.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign move(long id, long version, Stage to, int index, Outcomes outcomes) {
        Campaign c = editable(id, version);
        if (outcomes != null) {
            outcomes.check();
            c.record(outcomes, clock.instant());
            history.log(c, "campaign.activity.outcomes", List.of());
        }
        if (to.needsOutcomes() && !c.hasOutcomes()) {
            throw new UserError("campaign.error.outcomes-needed");
        }
        Stage from = c.getStage();
        int placed = board.place(c, to, index, clock.instant());
        if (from != to) {
            history.log(c, "campaign.activity.moved", List.of("#" + from.translationKey(), "#" + to.translationKey()));
            if (to == Stage.EVALUATED) {
                events.publishEvent(new CampaignEvents.EvaluationAwaitingConfirmation(c.getCityId(), c.getId(),
                        c.getTitle(), MestaUser.require().displayName()));
            }
        } else {
            history.log(c, "campaign.activity.reordered", List.of("#" + to.translationKey(), String.valueOf(placed + 1)));
        }
        changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** The city's evaluated campaigns still waiting for a city admin's confirmation. */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<Campaign> awaitingConfirmation() {
        return campaigns.findByCityIdAndStageOrderBySortOrderAsc(MestaUser.require().cityId(), Stage.EVALUATED)
                .stream().filter(Campaign::awaitsConfirmation).toList();
    }

    /**
     * A city admin confirms the team's evaluation: the team members receive the city's campaign badge, each
     * once per campaign however often it is confirmed or evaluated again. Returns how many received it now.
     */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    public int confirmEvaluation(long id, long version) {
        Campaign c = get(id);
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Campaign.class, id);
        }
        if (!c.confirmEvaluation(MestaUser.require().accountId(), clock.instant())) {
            return 0;
        }
        history.log(c, "campaign.activity.evaluation-confirmed", List.of());
        int awarded = reachingOut.awardTeam(c, clock.instant());
        changed(c);
        campaigns.saveAndFlush(c);
        return awarded;
    }

    // ---- the card ----

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Campaign get(long id) {
        Campaign c = campaigns.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        MestaUser me = MestaUser.require();
        if (!c.getCityId().equals(me.cityId())) {
            throw new AccessDeniedException("campaign of another city " + id);
        }
        return c;
    }

    /** Whether the signed-in person is on the campaign's team (and so may change it). */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayEdit(long id) {
        MestaUser me = MestaUser.require();
        return me.has(Role.AMBASSADOR) && get(id).isMember(me.accountId());
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign save(long id, long version, CampaignDraft draft) {
        Campaign c = editable(id, version);
        draft.check();
        for (Long r : draft.recommendationIds() == null ? Set.<Long>of() : draft.recommendationIds()) {
            library.visible(r);
        }
        CampaignDraft before = c.toDraft();
        c.edit(draft, clock.instant());
        Set<String> changedFields = Changes.between(before, c.toDraft());
        if (!changedFields.isEmpty()) {
            history.log(c, "campaign.activity.edited", changedFields.stream().map(f -> "#campaign.changed." + f).toList());
        }
        changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** Records (or corrects) what the campaign achieved. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign recordOutcomes(long id, long version, Outcomes outcomes) {
        Campaign c = editable(id, version);
        outcomes.check();
        c.record(outcomes, clock.instant());
        history.log(c, "campaign.activity.outcomes", List.of());
        changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** Leads choose the team among the city's ambassadors; there is always at least one lead. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public Campaign setTeam(long id, long version, Set<Long> members, Set<Long> leads) {
        Campaign c = editable(id, version);
        MestaUser me = MestaUser.require();
        if (!c.isLead(me.accountId())) {
            throw new AccessDeniedException("only leads change the team");
        }
        if (leads.isEmpty()) {
            throw new UserError("campaign.error.lead-needed");
        }
        Set<Long> ambassadors = accounts.colleagues(Role.AMBASSADOR).stream().map(Account::getId).collect(Collectors.toSet());
        Set<Long> everyone = new HashSet<>(members);
        everyone.addAll(leads);
        if (!ambassadors.containsAll(everyone)) {
            throw new UserError("campaign.error.not-ambassador");
        }
        Set<Long> before = c.memberIds();
        c.setTeam(everyone.stream().map(a -> new Campaign.Member(a, leads.contains(a))).collect(Collectors.toSet()),
                clock.instant());
        Map<Long, String> names = names();
        Set<Long> added = everyone.stream().filter(a -> !before.contains(a)).collect(Collectors.toSet());
        Set<Long> removed = before.stream().filter(a -> !everyone.contains(a)).collect(Collectors.toSet());
        added.forEach(a -> history.log(c, "campaign.activity.joined", List.of(names.getOrDefault(a, "?"))));
        removed.forEach(a -> history.log(c, "campaign.activity.left", List.of(names.getOrDefault(a, "?"))));
        added.remove(me.accountId());
        if (!added.isEmpty()) {
            events.publishEvent(new PeopleNotified(added, c.getId(), c.getTitle(), me.displayName(),
                    "notice.campaign.team"));
        }
        changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** An ambassador of the city who is not on the team asks to join: the leads hear of it and decide. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public void askToJoin(long id) {
        Campaign c = get(id);
        MestaUser me = MestaUser.require();
        if (c.isMember(me.accountId())) {
            throw new UserError("campaign.error.already-member");
        }
        history.log(c, "campaign.activity.asked-to-join", List.of());
        events.publishEvent(new PeopleNotified(c.leadIds(), c.getId(), c.getTitle(), me.displayName(),
                "notice.campaign.join-request"));
    }

    // ---- tasks ----

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<CampaignTask> tasks(long campaignId) {
        get(campaignId);
        return checklist.of(campaignId);
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public CampaignTask addTask(long campaignId, String title, Long assigneeId, LocalDate dueOn) {
        Campaign c = member(campaignId);
        CampaignTask t = checklist.add(c, title, assigneeId, dueOn);
        changed(c);
        return t;
    }

    /** Changes a task; a stale version (someone else changed it meanwhile) is refused, not merged. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public CampaignTask saveTask(long taskId, long version, String title, Long assigneeId, LocalDate dueOn, boolean done) {
        CampaignTask t = checklist.find(taskId);
        Campaign c = member(t.getCampaignId());
        CampaignTask saved = checklist.save(c, t, version, title, assigneeId, dueOn, done);
        changed(c);
        return saved;
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public void deleteTask(long taskId) {
        CampaignTask t = checklist.find(taskId);
        Campaign c = member(t.getCampaignId());
        checklist.delete(c, t);
        changed(c);
    }

    // ---- comments, history, materials ----

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<CampaignComment> comments(long campaignId) {
        get(campaignId);
        return comments.findByCampaignIdOrderByCreatedAtAsc(campaignId);
    }

    /**
     * A comment from the team or the city admins; "@Name" mentions of the city's ambassadors leave them a
     * notice in their inbox.
     */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional
    public CampaignComment comment(long campaignId, String text) {
        Campaign c = get(campaignId);
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
        CampaignComment saved = comments.save(new CampaignComment(campaignId, me.accountId(), me.displayName(),
                text.strip(), clock.instant()));
        Set<Long> mentioned = Mentions.in(text, people()).stream().map(Person::id)
                .filter(a -> a != me.accountId()).collect(Collectors.toSet());
        if (!mentioned.isEmpty()) {
            events.publishEvent(new PeopleNotified(mentioned, c.getId(), c.getTitle(), me.displayName(),
                    "notice.campaign.mention"));
        }
        return saved;
    }

    /** The campaign's history, newest first, in the given language's words. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<ActivityLine> activity(long campaignId) {
        get(campaignId);
        return history.of(campaignId);
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<ImageRef> images(long campaignId) {
        get(campaignId);
        return materials.of(campaignId);
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public byte[] image(long imageId) {
        CampaignImage i = materials.find(imageId);
        get(i.getCampaignId());
        return i.getData();
    }

    /** Adds a picture to the materials: checked by content and redrawn as JPEG (see ImageCheck). */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public ImageRef addImage(long campaignId, byte[] upload, String altText) {
        return materials.add(member(campaignId), upload, altText);
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public void removeImage(long imageId) {
        CampaignImage i = materials.find(imageId);
        materials.remove(member(i.getCampaignId()), i);
    }

    // ---- people ----

    /** The city's ambassadors: who can be on a team, be assigned a task or be mentioned. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> people() {
        return accounts.colleagues(Role.AMBASSADOR).stream().map(a -> new Person(a.getId(), a.getDisplayName())).toList();
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        people().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    // ---- the library ----

    /** Curated recommendations of the network and the caller's city; with proposals too when asked. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(Theme theme, boolean withProposals) {
        return library.list(theme, withProposals);
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Recommendation recommendation(long id) {
        return library.visible(id);
    }

    /**
     * Proposes a recommendation for the caller's city (network admins: for the network). City admins' own
     * proposals for their city, and network admins' for the network, are curated at once.
     */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public Recommendation propose(Theme theme, String source, Map<String, Recommendation.Words> words) {
        return library.propose(theme, source, words);
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public Recommendation curate(long id, long version, boolean accepted) {
        return library.curate(id, version, accepted);
    }

    // ---- reaching out ----

    /** Outcomes of the city's campaigns by theme, for its city admins. */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<ThemeSummary> summary() {
        return reachingOut.summary(campaigns.findByCityIdOrderByStageAscSortOrderAsc(MestaUser.require().cityId()));
    }

    /** The badge the city awards to the teams of evaluated campaigns (null: none). */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<org.mesta.badge.Badge> campaignBadge() {
        return reachingOut.campaignBadge(MestaUser.require().cityId());
    }

    /** The city's published badges a city admin can choose as the campaign badge. */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<org.mesta.badge.Badge> badgeChoices() {
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
        Campaign c = editable(id, version);
        long opportunityId = reachingOut.submitEvent(c, event);
        c.eventSubmitted(opportunityId, clock.instant());
        history.log(c, "campaign.activity.event-submitted", List.of(event.title()));
        changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** Where the campaign's public event stands in moderation (a status translation key), if it has one. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> eventStatus(long id) {
        Campaign c = get(id);
        return c.getEventOpportunityId() == null ? Optional.empty() : reachingOut.eventStatus(c.getEventOpportunityId());
    }

    // ---- helpers ----

    private Campaign member(long id) {
        Campaign c = get(id);
        if (!c.isMember(MestaUser.require().accountId())) {
            throw new AccessDeniedException("not on the team of campaign " + id);
        }
        return c;
    }

    private Campaign editable(long id, long version) {
        Campaign c = member(id);
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Campaign.class, id);
        }
        return c;
    }

    private void changed(Campaign c) {
        events.publishEvent(new BoardChanged(c.getCityId(), Objects.requireNonNull(c.getId())));
    }

}
