package org.mesta.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.campaign.BoardService.BoardFilter;
import org.mesta.inbox.InboxService;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** One campaign: its team edits it, its leads change the team, its checklist is kept by the team. */
@SpringBootTest
@ActiveProfiles("test")
class CampaignServiceTest {

    static final String SECOND = "ambassador2@mesta.example";

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ChecklistService checklist;

    @Autowired
    UserDetailsService users;

    @Autowired
    InboxService inbox;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Campaign created(String title) {
        as(users, AMBASSADOR);
        return board.create(title, CampaignKind.ADVOCACY, null);
    }

    @Test
    void only_the_team_edits_and_only_leads_change_the_team() {
        Campaign c = created("Youth council now");
        CampaignDraft d = c.toDraft();
        CampaignDraft changed = new CampaignDraft(
                "Youth council now!",
                CampaignKind.BOTH,
                "A youth council by 2027",
                d.plannedActions(),
                Set.of(Theme.PARTICIPATION),
                Set.of(Audience.DECISION_MAKERS),
                Set.of(),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 1),
                true,
                List.of(),
                List.of(new CampaignDraft.Link("Letter", "https://example.org/letter")));

        as(users, SECOND);
        assertThat(campaigns.mayEdit(c.getId())).isFalse();
        campaigns.askToJoin(c.getId());
        assertThatThrownBy(() -> campaigns.save(c.getId(), c.getVersion(), changed))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklist.addTask(c.getId(), "Sneaky", null, null))
                .isInstanceOf(AccessDeniedException.class);
        as(users, CITY_ADMIN);
        assertThatThrownBy(() -> campaigns.save(c.getId(), c.getVersion(), changed))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.askToJoin(c.getId())).isInstanceOf(AccessDeniedException.class);

        as(users, AMBASSADOR);
        // Notices (and a campaign's reaction to a moderator's decision) come after commit, on another thread.
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(20))
                        .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.join-request")));
        assertThatThrownBy(() -> campaigns.askToJoin(c.getId()))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.already-member");
        long second = campaigns.people().stream()
                .filter(p -> p.name().equals("Bor Ambassador"))
                .findFirst()
                .orElseThrow()
                .id();
        long me = MestaUser.require().accountId();
        Campaign saved = campaigns.save(c.getId(), c.getVersion(), changed);
        assertThat(saved.getTitle()).isEqualTo("Youth council now!");
        assertThat(campaigns.activity(c.getId()))
                .extracting(ActivityLine::messageKey)
                .contains("campaign.activity.edited");
        assertThatThrownBy(() -> campaigns.save(c.getId(), c.getVersion(), changed))
                .as("a stale version is refused, not merged")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> campaigns.setTeam(c.getId(), saved.getVersion(), Set.of(me, second), Set.of()))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.lead-needed");
        CampaignDraft unnamed = new CampaignDraft(
                changed.title(),
                changed.kind(),
                changed.goal(),
                changed.plannedActions(),
                changed.themes(),
                changed.audiences(),
                changed.recommendationIds(),
                null,
                null,
                false,
                List.of(new CampaignDraft.Place(" ", new GeoPoint(46.05, 14.5))),
                List.of());
        assertThatThrownBy(() -> campaigns.save(c.getId(), saved.getVersion(), unnamed))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.place-name");
        Campaign withTeam = campaigns.setTeam(c.getId(), saved.getVersion(), Set.of(me, second), Set.of(me));

        as(users, SECOND);
        assertThat(campaigns.mayEdit(c.getId())).isTrue();
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(20))
                        .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.team")));
        CampaignTask task = checklist.addTask(c.getId(), "Write the letter", second, LocalDate.of(2027, 3, 10));
        assertThatThrownBy(() -> campaigns.setTeam(c.getId(), withTeam.getVersion(), Set.of(second), Set.of(second)))
                .as("members who are not leads do not change the team")
                .isInstanceOf(AccessDeniedException.class);
        CampaignTask done =
                checklist.saveTask(task.getId(), task.getVersion(), task.getTitle(), second, task.getDueOn(), true);
        assertThat(done.isDone()).isTrue();
        assertThatThrownBy(() -> checklist.saveTask(task.getId(), task.getVersion(), "Old", null, null, false))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(board.board(BoardFilter.ALL))
                .filteredOn(b -> b.id() == c.getId())
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.tasksDone()).isEqualTo(1);
                    assertThat(b.tasksTotal()).isEqualTo(1);
                    assertThat(b.leads()).containsExactly("Ana Ambassador");
                });
        assertThatThrownBy(() -> checklist.addTask(c.getId(), "For an outsider", 999_999L, null))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.assignee");
    }
}
