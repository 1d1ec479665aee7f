package org.mesta.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.EvaluationAwaitingConfirmation;
import org.mesta.opportunity.Theme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A city's campaign board: its cards in columns (Idea, Planning, In action, Done, Evaluated), a new campaign in
 * the Idea column, moves between and within columns, and the city admin's confirmation of an evaluation. Every
 * ambassador and city admin of a city sees its board; only a campaign's team moves its card.
 */
@Service
public class BoardService {

    private final CampaignRepository campaigns;
    private final CampaignAccess access;
    private final Checklist checklist;
    private final Ambassadors ambassadors;
    private final History history;
    private final Board board;
    private final Library library;
    private final ReachingOut reachingOut;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    private final RetryTemplate lockRetry = new RetryTemplate(RetryPolicy.builder()
            .includes(PessimisticLockingFailureException.class)
            .maxRetries(4)
            .delay(Duration.ofMillis(50))
            .jitter(Duration.ofMillis(40))
            .multiplier(2)
            .build());

    BoardService(
            CampaignRepository campaigns,
            CampaignAccess access,
            Checklist checklist,
            Ambassadors ambassadors,
            History history,
            Board board,
            Library library,
            ReachingOut reachingOut,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.campaigns = campaigns;
        this.access = access;
        this.checklist = checklist;
        this.ambassadors = ambassadors;
        this.history = history;
        this.board = board;
        this.library = library;
        this.reachingOut = reachingOut;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a board card shows. */
    public record BoardCard(
            long id,
            long version,
            String title,
            CampaignKind kind,
            Stage stage,
            int position,
            Set<Theme> themes,
            List<String> leads,
            String nextTask,
            LocalDate nextDue,
            int tasksDone,
            int tasksTotal,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean mine,
            Integer peopleReached) {}

    /** Board filters; nulls mean "any". */
    public record BoardFilter(boolean mine, Theme theme, CampaignKind kind, Stage stage) {
        public static final BoardFilter ALL = new BoardFilter(false, null, null, null);
    }

    /** What the public may know of a campaign in action: no team, no goal text, no tasks. */
    public record Running(
            long id,
            String title,
            CampaignKind kind,
            long cityId,
            LocalDate startsOn,
            LocalDate endsOn,
            Long eventOpportunityId) {}

    /** Campaigns in action across the network (at most 12, latest moved first), for the front page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Running> running(int limit) {
        int wanted = Math.max(1, Math.min(limit, 12));
        return campaigns.findByStageOrderByUpdatedAtDesc(Stage.IN_ACTION, PageRequest.of(0, wanted)).stream()
                .map(c -> new Running(
                        c.getId(),
                        c.getTitle(),
                        c.getKind(),
                        c.getCityId(),
                        c.getStartsOn(),
                        c.getEndsOn(),
                        c.getEventOpportunityId()))
                .toList();
    }

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
                .filter(c -> filter.kind() == null
                        || c.getKind() == filter.kind()
                        || c.getKind() == CampaignKind.BOTH && filter.kind() != CampaignKind.BOTH)
                .filter(c -> filter.stage() == null || c.getStage() == filter.stage())
                .toList();
        Map<Long, List<CampaignTask>> tasks =
                checklist.of(all.stream().map(Campaign::getId).toList());
        Map<Long, String> names = ambassadors.names();
        return all.stream()
                .map(c -> card(c, tasks.getOrDefault(c.getId(), List.of()), names, me))
                .toList();
    }

    private static BoardCard card(Campaign c, List<CampaignTask> list, Map<Long, String> names, MestaUser me) {
        Optional<CampaignTask> next = list.stream()
                .filter(t -> !t.isDone())
                .min(Comparator.comparing(CampaignTask::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CampaignTask::getSortOrder));
        int done = (int) list.stream().filter(CampaignTask::isDone).count();
        List<String> leads = c.leadIds().stream()
                .map(id -> names.getOrDefault(id, "?"))
                .sorted()
                .toList();
        return new BoardCard(
                c.getId(),
                c.getVersion(),
                c.getTitle(),
                c.getKind(),
                c.getStage(),
                c.getSortOrder(),
                c.getThemes(),
                leads,
                next.map(CampaignTask::getTitle).orElse(null),
                next.map(CampaignTask::getDueOn).orElse(null),
                done,
                list.size(),
                c.getStartsOn(),
                c.getEndsOn(),
                c.isMember(me.accountId()),
                c.hasOutcomes() ? c.getOutcomes().peopleReached() : null);
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
        Campaign c = new Campaign(
                me.cityId(),
                t,
                kind == null ? CampaignKind.ADVOCACY : kind,
                me.accountId(),
                campaigns.lastPosition(me.cityId(), Stage.IDEA) + 1,
                clock.instant());
        if (recommendationId != null) {
            c.carry(library.visible(recommendationId));
        }
        c = campaigns.saveAndFlush(c);
        history.log(c, "campaign.activity.created", List.of(c.getTitle()));
        access.changed(c);
        return c;
    }

    /**
     * Moves a card to a stage and a place in its column (0 = top); the rest of both columns close up. A card
     * reaching Done (or Evaluated) must have outcomes: give them here if it has none yet. Reaching Evaluated
     * puts it before the city admin, whose confirmation awards the city's campaign badge.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    public Campaign move(long id, long version, Stage to, int index, Outcomes outcomes) {
        // Each attempt in a transaction of its own: the database may still end a move as a deadlock or a lock
        // timeout under load (it rolls the move back whole), and then it is tried again after a short random wait
        // instead of the person seeing an error.
        return lockRetry.invoke(() -> transactions.execute(status -> moveOnce(id, version, to, index, outcomes)));
    }

    private Campaign moveOnce(long id, long version, Stage to, int index, Outcomes outcomes) {
        Campaign c = access.editable(id, version);
        Stage from = c.getStage();
        var columns = board.lock(c, to); // before the card changes: see Board.lock
        if (outcomes != null) {
            outcomes.check();
            c.record(outcomes, clock.instant());
            history.log(c, "campaign.activity.outcomes", List.of());
        }
        if (to.needsOutcomes() && !c.hasOutcomes()) {
            throw new UserError("campaign.error.outcomes-needed");
        }
        int placed = board.place(c, columns, to, index, clock.instant());
        if (from != to) {
            history.log(c, "campaign.activity.moved", List.of("#" + from.translationKey(), "#" + to.translationKey()));
            if (to == Stage.EVALUATED) {
                events.publishEvent(new EvaluationAwaitingConfirmation(
                        c.getCityId(),
                        c.getId(),
                        c.getTitle(),
                        MestaUser.require().displayName()));
            }
        } else {
            history.log(
                    c, "campaign.activity.reordered", List.of("#" + to.translationKey(), String.valueOf(placed + 1)));
        }
        access.changed(c);
        return campaigns.saveAndFlush(c);
    }

    /** The city's evaluated campaigns still waiting for a city admin's confirmation. */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<Campaign> awaitingConfirmation() {
        return campaigns
                .findByCityIdAndStageOrderBySortOrderAsc(MestaUser.require().cityId(), Stage.EVALUATED)
                .stream()
                .filter(Campaign::awaitsConfirmation)
                .toList();
    }

    /**
     * A city admin confirms the team's evaluation: the team members receive the city's campaign badge, each
     * once per campaign however often it is confirmed or evaluated again. Returns how many received it now.
     */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    public int confirmEvaluation(long id, long version) {
        Campaign c = access.visible(id);
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Campaign.class, id);
        }
        if (!c.confirmEvaluation(MestaUser.require().accountId(), clock.instant())) {
            return 0;
        }
        history.log(c, "campaign.activity.evaluation-confirmed", List.of());
        int awarded = reachingOut.awardTeam(c, clock.instant());
        access.changed(c);
        campaigns.saveAndFlush(c);
        return awarded;
    }
}
