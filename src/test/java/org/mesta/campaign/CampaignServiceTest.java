package org.mesta.campaign;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.inbox.InboxService;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Theme;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

@SpringBootTest
@ActiveProfiles("test")
class CampaignServiceTest {

    static final String SECOND = "ambassador2@mesta.example";

    @Autowired
    CampaignService campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    CityService cities;
    @Autowired
    InboxService inbox;
    @Autowired
    ModerationService moderation;
    @Autowired
    PublicOpportunities publicOpportunities;
    @Autowired
    AwardService awards;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Campaign created(String title) {
        as(users, AMBASSADOR);
        return campaigns.create(title, CampaignKind.ADVOCACY, null);
    }

    private List<Long> column(Stage stage) {
        return campaigns.board(new CampaignService.BoardFilter(false, null, null, stage)).stream()
                .map(CampaignService.BoardCard::id).toList();
    }

    private static final Outcomes OUTCOMES = new Outcomes(120, 3, 2, 1, null,
            "We met the mayor and 120 students signed the letter.");

    @Test
    void ambassadors_and_city_admins_see_their_own_citys_board_only() {
        Campaign c = created("Clean air near schools");
        assertThat(column(Stage.IDEA)).contains(c.getId());
        as(users, CITY_ADMIN);
        assertThat(campaigns.board(CampaignService.BoardFilter.ALL)).extracting(CampaignService.BoardCard::id).contains(c.getId());
        assertThat(campaigns.get(c.getId()).getTitle()).isEqualTo("Clean air near schools");

        SystemTask.run(() -> accounts.createAccount("maribor.ambassador@mesta.example", "Mia Maribor", "a-long-password-1",
                cities.findCityBySlug("maribor").orElseThrow().getId(), "sl", EnumSet.of(Role.AMBASSADOR)));
        as(users, "maribor.ambassador@mesta.example");
        assertThat(campaigns.board(CampaignService.BoardFilter.ALL)).extracting(CampaignService.BoardCard::id)
                .doesNotContain(c.getId());
        assertThatThrownBy(() -> campaigns.get(c.getId())).isInstanceOf(AccessDeniedException.class);

        as(users, LEARNER);
        assertThatThrownBy(() -> campaigns.board(CampaignService.BoardFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        as(users, PROVIDER);
        assertThatThrownBy(() -> campaigns.create("x", CampaignKind.ARTS, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_team_edits_and_only_leads_change_the_team() {
        Campaign c = created("Youth council now");
        CampaignDraft d = c.toDraft();
        CampaignDraft changed = new CampaignDraft("Youth council now!", CampaignKind.BOTH, "A youth council by 2027",
                d.plannedActions(), Set.of(Theme.PARTICIPATION), Set.of(Audience.DECISION_MAKERS), Set.of(),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 1), true, List.of(),
                List.of(new CampaignDraft.Link("Letter", "https://example.org/letter")));

        as(users, SECOND);
        assertThat(campaigns.mayEdit(c.getId())).isFalse();
        campaigns.askToJoin(c.getId());
        assertThatThrownBy(() -> campaigns.save(c.getId(), c.getVersion(), changed)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.addTask(c.getId(), "Sneaky", null, null)).isInstanceOf(AccessDeniedException.class);
        as(users, CITY_ADMIN);
        assertThatThrownBy(() -> campaigns.save(c.getId(), c.getVersion(), changed)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.askToJoin(c.getId())).isInstanceOf(AccessDeniedException.class);

        as(users, AMBASSADOR);
        assertThat(inbox.recent(20)).anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.join-request"));
        assertThatThrownBy(() -> campaigns.askToJoin(c.getId())).isInstanceOf(UserError.class)
                .hasMessage("campaign.error.already-member");
        long second = campaigns.people().stream().filter(p -> p.name().equals("Bor Ambassador")).findFirst().orElseThrow().id();
        long me = MestaUser.require().accountId();
        Campaign saved = campaigns.save(c.getId(), c.getVersion(), changed);
        assertThat(saved.getTitle()).isEqualTo("Youth council now!");
        assertThat(campaigns.activity(c.getId())).extracting(ActivityLine::messageKey).contains("campaign.activity.edited");
        assertThatThrownBy(() -> campaigns.save(c.getId(), c.getVersion(), changed))
                .as("a stale version is refused, not merged").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> campaigns.setTeam(c.getId(), saved.getVersion(), Set.of(me, second), Set.of()))
                .isInstanceOf(UserError.class).hasMessage("campaign.error.lead-needed");
        CampaignDraft unnamed = new CampaignDraft(changed.title(), changed.kind(), changed.goal(), changed.plannedActions(),
                changed.themes(), changed.audiences(), changed.recommendationIds(), null, null, false,
                List.of(new CampaignDraft.Place(" ", new org.mesta.map.GeoPoint(46.05, 14.5))), List.of());
        assertThatThrownBy(() -> campaigns.save(c.getId(), saved.getVersion(), unnamed)).isInstanceOf(UserError.class)
                .hasMessage("campaign.error.place-name");
        Campaign withTeam = campaigns.setTeam(c.getId(), saved.getVersion(), Set.of(me, second), Set.of(me));

        as(users, SECOND);
        assertThat(campaigns.mayEdit(c.getId())).isTrue();
        assertThat(inbox.recent(20)).anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.team"));
        CampaignTask task = campaigns.addTask(c.getId(), "Write the letter", second, LocalDate.of(2027, 3, 10));
        assertThatThrownBy(() -> campaigns.setTeam(c.getId(), withTeam.getVersion(), Set.of(second), Set.of(second)))
                .as("members who are not leads do not change the team").isInstanceOf(AccessDeniedException.class);
        CampaignTask done = campaigns.saveTask(task.getId(), task.getVersion(), task.getTitle(), second, task.getDueOn(), true);
        assertThat(done.isDone()).isTrue();
        assertThatThrownBy(() -> campaigns.saveTask(task.getId(), task.getVersion(), "Old", null, null, false))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(campaigns.board(CampaignService.BoardFilter.ALL)).filteredOn(b -> b.id() == c.getId())
                .singleElement().satisfies(b -> {
                    assertThat(b.tasksDone()).isEqualTo(1);
                    assertThat(b.tasksTotal()).isEqualTo(1);
                    assertThat(b.leads()).containsExactly("Ana Ambassador");
                });
        assertThatThrownBy(() -> campaigns.addTask(c.getId(), "For an outsider", 999_999L, null))
                .isInstanceOf(UserError.class).hasMessage("campaign.error.assignee");
    }

    @Test
    void moving_cards_keeps_the_chosen_order_and_leaves_other_cards_versions_alone() {
        Campaign a = created("Order A");
        Campaign b = campaigns.create("Order B", CampaignKind.ARTS, null);
        Campaign c = campaigns.create("Order C", CampaignKind.ARTS, null);
        List<Long> idea = column(Stage.IDEA);
        assertThat(idea.subList(idea.size() - 3, idea.size())).containsExactly(a.getId(), b.getId(), c.getId());

        Campaign moved = campaigns.move(c.getId(), c.getVersion(), Stage.IDEA, 0, null);
        assertThat(column(Stage.IDEA).getFirst()).isEqualTo(c.getId());
        assertThat(moved.getSortOrder()).isZero();
        assertThat(campaigns.get(a.getId()).getVersion()).as("renumbering is not an edit").isEqualTo(a.getVersion());

        Campaign planned = campaigns.move(a.getId(), a.getVersion(), Stage.PLANNING, 0, null);
        assertThat(column(Stage.PLANNING).getFirst()).isEqualTo(a.getId());
        assertThat(column(Stage.IDEA)).doesNotContain(a.getId());
        List<Long> ideaNow = column(Stage.IDEA);
        assertThat(ideaNow.indexOf(c.getId())).isLessThan(ideaNow.indexOf(b.getId()));
        assertThat(campaigns.board(new CampaignService.BoardFilter(false, null, null, Stage.IDEA)))
                .extracting(CampaignService.BoardCard::position).as("positions close up: 0, 1, 2…")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, ideaNow.size()).boxed().toList());

        // Moving within a column, down: B goes below the next card.
        Campaign b2 = campaigns.get(b.getId());
        int before = column(Stage.IDEA).indexOf(b.getId());
        campaigns.move(b.getId(), b2.getVersion(), Stage.IDEA, 0, null);
        assertThat(column(Stage.IDEA).indexOf(b.getId())).isZero().isLessThanOrEqualTo(before);

        assertThatThrownBy(() -> campaigns.move(a.getId(), a.getVersion(), Stage.IN_ACTION, 0, null))
                .as("someone moved it meanwhile").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> campaigns.move(a.getId(), planned.getVersion(), Stage.DONE, 0, null))
                .isInstanceOf(UserError.class).hasMessage("campaign.error.outcomes-needed");
        assertThatThrownBy(() -> campaigns.move(a.getId(), planned.getVersion(), Stage.DONE, 0,
                new Outcomes(-1, null, null, null, null, "story"))).isInstanceOf(UserError.class)
                .hasMessage("campaign.error.outcome-number");
        Campaign done = campaigns.move(a.getId(), planned.getVersion(), Stage.DONE, 0, OUTCOMES);
        assertThat(done.getStage()).isEqualTo(Stage.DONE);
        assertThat(done.getOutcomes().peopleReached()).isEqualTo(120);
        assertThat(campaigns.activity(a.getId())).extracting(ActivityLine::messageKey)
                .contains("campaign.activity.moved", "campaign.activity.outcomes", "campaign.activity.created");
        ActivityLine moveLine = campaigns.activity(a.getId()).stream()
                .filter(l -> l.messageKey().equals("campaign.activity.moved")).findFirst().orElseThrow();
        assertThat(moveLine.args()).containsExactly("#campaign.stage.planning", "#campaign.stage.done");
        assertThat(moveLine.actor()).isEqualTo("Ana Ambassador");

        as(users, SECOND);
        Campaign fresh = campaigns.get(b.getId());
        assertThatThrownBy(() -> campaigns.move(b.getId(), fresh.getVersion(), Stage.PLANNING, 0, null))
                .as("not on the team").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void city_admins_curate_recommendations_ambassadors_propose() {
        as(users, AMBASSADOR);
        Map<String, Recommendation.Words> words = Map.of("en", new Recommendation.Words("Quiet rooms in libraries",
                "Every library has a quiet room for young people who need a break."), "sl", new Recommendation.Words("", ""));
        assertThatThrownBy(() -> campaigns.propose(Theme.MENTAL_HEALTH, "", words)).isInstanceOf(UserError.class)
                .hasMessage("recommendation.error.source");
        assertThatThrownBy(() -> campaigns.propose(Theme.MENTAL_HEALTH, "Forum", Map.of("en",
                new Recommendation.Words("Only a title", "")))).isInstanceOf(UserError.class).hasMessage("recommendation.error.words");
        Recommendation r = campaigns.propose(Theme.MENTAL_HEALTH, "Youth Forum Ljubljana 2026", words);
        assertThat(r.getStatus()).isEqualTo(Recommendation.Status.PROPOSED);
        assertThat(campaigns.recommendations(null, true)).extracting(Recommendation::getId).contains(r.getId());
        assertThat(campaigns.recommendations(null, false)).extracting(Recommendation::getId).doesNotContain(r.getId());
        assertThatThrownBy(() -> campaigns.curate(r.getId(), r.getVersion(), true)).isInstanceOf(AccessDeniedException.class);

        as(users, SECOND);
        assertThat(campaigns.recommendations(null, true)).as("someone else's proposal is not shown")
                .extracting(Recommendation::getId).doesNotContain(r.getId());
        assertThatThrownBy(() -> campaigns.recommendation(r.getId())).isInstanceOf(AccessDeniedException.class);

        as(users, CITY_ADMIN);
        assertThat(inbox.recent(20)).anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.recommendation.proposed"));
        Recommendation curated = campaigns.curate(r.getId(), r.getVersion(), true);
        assertThat(curated.getStatus()).isEqualTo(Recommendation.Status.CURATED);
        assertThatThrownBy(() -> campaigns.curate(r.getId(), r.getVersion(), false))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        as(users, SECOND);
        assertThat(campaigns.recommendations(Theme.MENTAL_HEALTH, false)).extracting(Recommendation::getId).contains(r.getId());
        assertThat(campaigns.recommendations(null, false)).as("network recommendations from the demo data")
                .anySatisfy(x -> assertThat(x.getCityId()).isNull());
        Campaign started = campaigns.create("Quiet rooms", CampaignKind.ADVOCACY, r.getId());
        assertThat(started.getRecommendationIds()).containsExactly(r.getId());
        assertThat(started.getThemes()).containsExactly(Theme.MENTAL_HEALTH);

        as(users, NETWORK_ADMIN);
        Recommendation network = campaigns.propose(Theme.INCLUSION, "Network assembly 2026",
                Map.of("en", new Recommendation.Words("Sign language at city events", "City events offer sign language.")));
        assertThat(network.getCityId()).isNull();
        assertThat(network.getStatus()).isEqualTo(Recommendation.Status.CURATED);
        as(users, CITY_ADMIN);
        assertThatThrownBy(() -> campaigns.curate(network.getId(), network.getVersion(), false))
                .as("the network's recommendations are the network admins'").isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    CampaignRepository campaignRows;
    @Autowired
    CampaignTaskRepository taskRows;

    @Test
    void changes_made_on_another_node_are_noticed_by_polling_the_boards_stamps() {
        List<Object> heard = new java.util.ArrayList<>();
        BoardStamps stamps = new BoardStamps(campaignRows, taskRows, heard::add);
        stamps.poll();
        assertThat(heard).as("the first look only learns the stamps").isEmpty();
        Campaign c = created("Polled");
        stamps.poll();
        assertThat(heard).containsExactly(new CampaignEvents.BoardChanged(c.getCityId(), 0));
        heard.clear();
        stamps.poll();
        assertThat(heard).isEmpty();
        CampaignTask t = campaigns.addTask(c.getId(), "Count the votes", null, null);
        stamps.poll();
        assertThat(heard).hasSize(1);
        campaigns.saveTask(t.getId(), t.getVersion(), t.getTitle(), null, null, true);
        stamps.poll();
        assertThat(heard).as("a task ticked off changes the card's progress").hasSize(2);
    }

    @Test
    void mentions_reach_the_person_mentioned() {
        Campaign c = created("Mentions");
        campaigns.comment(c.getId(), "@Bor Ambassador can you call the school? @Nobody Here");
        assertThat(campaigns.comments(c.getId())).extracting(CampaignComment::getBody)
                .containsExactly("@Bor Ambassador can you call the school? @Nobody Here");
        as(users, SECOND);
        assertThat(inbox.recent(50)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.campaign.mention");
            assertThat(n.args()).containsExactly("Ana Ambassador", "Mentions");
            assertThat(n.link()).isEqualTo("ambassador/campaign/" + c.getId());
        });
        assertThatThrownBy(() -> campaigns.comment(c.getId(), "not on the team")).isInstanceOf(AccessDeniedException.class);
        as(users, CITY_ADMIN);
        assertThat(campaigns.comment(c.getId(), "Great idea!").getAuthorName()).isEqualTo("Cene City Admin");
    }

    @Test
    void a_public_event_goes_through_moderation_and_the_confirmed_evaluation_awards_the_citys_badge_once() {
        Campaign c = created("Mural for the river");
        CampaignDraft d = c.toDraft();
        c = campaigns.save(c.getId(), c.getVersion(), new CampaignDraft(d.title(), CampaignKind.ARTS, "A mural",
                "", Set.of(Theme.SUSTAINABILITY), Set.of(Audience.PUBLIC), Set.of(), null, null, false, List.of(), List.of()));
        long id = c.getId();
        PublicEvent event = new PublicEvent("Painting day by the river", "Paint the mural with us", "Bring old clothes.",
                LocalDateTime.of(2027, 5, 8, 10, 0), LocalDateTime.of(2027, 5, 8, 16, 0),
                new org.mesta.map.GeoPoint(46.0489, 14.5055), "Trnovski pristan", "Trnovski pristan 1", "https://example.org/mural");
        Campaign withEvent = campaigns.publishEvent(id, c.getVersion(), event);
        assertThat(campaigns.eventStatus(id)).contains("opportunity.status.submitted");
        assertThatThrownBy(() -> campaigns.publishEvent(id, withEvent.getVersion(), event))
                .isInstanceOf(UserError.class).hasMessage("campaign.error.event-pending");

        as(users, MODERATOR);
        var queued = moderation.queue(null, PageRequest.of(0, 100)).stream()
                .filter(o -> o.getId().equals(withEvent.getEventOpportunityId())).findFirst().orElseThrow();
        assertThat(queued.getOrganiser()).isEqualTo("Mural for the river");
        moderation.decide(queued.getId(), queued.getVersion(), Status.APPROVED, null);
        assertThat(publicOpportunities.findPublic(queued.getId())).hasValueSatisfying(p -> {
            assertThat(p.organisationName()).isEqualTo("Mural for the river");
            assertThat(p.organisationId()).isNull();
        });

        as(users, AMBASSADOR);
        assertThat(campaigns.eventStatus(id)).contains("opportunity.status.approved");
        assertThat(campaigns.activity(id)).extracting(ActivityLine::messageKey).contains("campaign.activity.event-approved");
        assertThat(inbox.recent(50)).anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.event-approved"));

        as(users, CITY_ADMIN);
        Badge badge = campaigns.badgeChoices().getFirst();
        assertThatThrownBy(() -> campaigns.chooseCampaignBadge(999_999L)).isInstanceOf(UserError.class);
        campaigns.chooseCampaignBadge(badge.getId());
        try {
            as(users, AMBASSADOR);
            assertThatThrownBy(() -> campaigns.chooseCampaignBadge(badge.getId())).isInstanceOf(AccessDeniedException.class);
            long before = ambassadorsAwards(badge);
            Campaign current = campaigns.get(id);
            Campaign evaluated = campaigns.move(id, current.getVersion(), Stage.EVALUATED, 0, OUTCOMES);
            assertThat(evaluated.getStage()).isEqualTo(Stage.EVALUATED);
            assertThat(campaigns.activity(id)).extracting(ActivityLine::messageKey)
                    .as("the team's evaluation alone awards nothing").doesNotContain("campaign.activity.badge-awarded");
            assertThat(ambassadorsAwards(badge)).isEqualTo(before);
            assertThatThrownBy(() -> campaigns.confirmEvaluation(id, evaluated.getVersion()))
                    .as("the team does not confirm its own evaluation").isInstanceOf(AccessDeniedException.class);

            as(users, CITY_ADMIN);
            assertThat(campaigns.awaitingConfirmation()).extracting(Campaign::getId).contains(id);
            assertThat(inbox.recent(50)).as("the city admins hear of it")
                    .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.evaluation-awaiting"));
            assertThat(campaigns.confirmEvaluation(id, evaluated.getVersion())).isEqualTo(1);
            assertThat(campaigns.awaitingConfirmation()).extracting(Campaign::getId).doesNotContain(id);
            assertThat(campaigns.confirmEvaluation(id, campaigns.get(id).getVersion())).as("confirmed twice").isZero();
            assertThat(campaigns.activity(id)).extracting(ActivityLine::messageKey)
                    .contains("campaign.activity.evaluation-confirmed", "campaign.activity.badge-awarded");
            assertThat(ambassadorsAwards(badge)).isEqualTo(before + 1);

            as(users, AMBASSADOR);
            Campaign back = campaigns.move(id, campaigns.get(id).getVersion(), Stage.DONE, 0, null);
            Campaign again = campaigns.move(id, back.getVersion(), Stage.EVALUATED, 0, null);
            as(users, CITY_ADMIN);
            assertThat(campaigns.awaitingConfirmation()).as("evaluated again, it waits again").extracting(Campaign::getId)
                    .contains(id);
            assertThat(campaigns.confirmEvaluation(id, again.getVersion())).as("but nobody receives it twice").isZero();
            assertThat(ambassadorsAwards(badge)).isEqualTo(before + 1);

            as(users, PROVIDER);
            assertThat(awards.awardsOf(badge.getId())).anySatisfy(a -> {
                assertThat(a.getRecipientEmail()).isEqualTo(AMBASSADOR);
                assertThat(a.getEvidenceNarrative()).contains("Mural for the river").contains("Dosegli smo ljudi: 120");
                assertThat(a.getCredential()).contains("\"evidence\"");
            });

            as(users, CITY_ADMIN);
            assertThat(campaigns.summary()).filteredOn(s -> s.theme() == Theme.SUSTAINABILITY).singleElement()
                    .satisfies(s -> {
                        assertThat(s.finished()).isGreaterThanOrEqualTo(1);
                        assertThat(s.peopleReached()).isGreaterThanOrEqualTo(120);
                    });
            as(users, AMBASSADOR);
            assertThatThrownBy(() -> campaigns.summary()).isInstanceOf(AccessDeniedException.class);
        } finally {
            as(users, CITY_ADMIN);
            campaigns.chooseCampaignBadge(null);
        }
        as(users, AMBASSADOR);
        assertThatThrownBy(() -> awards.awardForCampaign(badge.getId(), List.of("someone@example.org"), "en", "x"))
                .as("only a city admin's confirmation awards a campaign badge").isInstanceOf(AccessDeniedException.class);
    }

    /** How many awards of this badge the demo ambassador holds (read as the badge's issuing organisation). */
    private long ambassadorsAwards(Badge badge) {
        var previous = SecurityContextHolder.getContext();
        as(users, PROVIDER);
        try {
            return awards.awardsOf(badge.getId()).stream().filter(a -> a.getRecipientEmail().equals(AMBASSADOR)).count();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
