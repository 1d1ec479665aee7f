package org.mesta.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.base.UserError;
import org.mesta.campaign.BoardService.BoardCard;
import org.mesta.campaign.BoardService.BoardFilter;
import org.mesta.city.CityDraft;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The board: who sees which city's cards, the order of cards in columns, changes on other nodes. */
@SpringBootTest
@ActiveProfiles("test")
class BoardServiceTest {

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ChecklistService checklist;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    CityService cities;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Campaign created(String title) {
        as(users, AMBASSADOR);
        return board.create(title, CampaignKind.ADVOCACY, null);
    }

    private List<Long> column(Stage stage) {
        return board.board(new BoardFilter(false, null, null, stage)).stream()
                .map(BoardCard::id)
                .toList();
    }

    private static final Outcomes OUTCOMES =
            new Outcomes(120, 3, 2, 1, null, "We met the mayor and 120 students signed the letter.");

    @Autowired
    CampaignRepository campaignRows;

    @Autowired
    CampaignTaskRepository taskRows;

    /**
     * A city of its own with two ambassadors, so that its board holds only the cards this test puts on it, whatever
     * else the shared database holds. Returns the two ambassadors' e-mail addresses.
     */
    private List<String> ownCity() {
        String slug = "board-" + Long.toString(System.nanoTime(), 36);
        long city = as(
                users,
                NETWORK_ADMIN,
                () -> cities.saveCity(new CityDraft(
                                null,
                                0,
                                slug,
                                Map.of("en", "Boardville " + slug),
                                "si",
                                46.0,
                                14.5,
                                12,
                                "en",
                                Set.of("en"),
                                "Europe/Ljubljana"))
                        .getId());
        List<String> emails = List.of(slug + ".ada@mesta.example", slug + ".bo@mesta.example");
        SystemTask.run(() -> {
            accounts.createAccount(
                    emails.get(0), "Ada " + slug, "a-long-password-1", city, "en", EnumSet.of(Role.AMBASSADOR));
            accounts.createAccount(
                    emails.get(1), "Bo " + slug, "a-long-password-1", city, "en", EnumSet.of(Role.AMBASSADOR));
        });
        return emails;
    }

    @Test
    void ambassadors_and_city_admins_see_their_own_citys_board_only() {
        Campaign c = created("Clean air near schools");
        assertThat(column(Stage.IDEA)).contains(c.getId());
        as(users, CITY_ADMIN);
        assertThat(board.board(BoardFilter.ALL)).extracting(BoardCard::id).contains(c.getId());
        assertThat(campaigns.get(c.getId()).getTitle()).isEqualTo("Clean air near schools");

        SystemTask.run(() -> accounts.createAccount(
                "maribor.ambassador@mesta.example",
                "Mia Maribor",
                "a-long-password-1",
                cities.findCityBySlug("maribor").orElseThrow().getId(),
                "sl",
                EnumSet.of(Role.AMBASSADOR)));
        as(users, "maribor.ambassador@mesta.example");
        assertThat(board.board(BoardFilter.ALL)).extracting(BoardCard::id).doesNotContain(c.getId());
        assertThatThrownBy(() -> campaigns.get(c.getId())).isInstanceOf(AccessDeniedException.class);

        as(users, LEARNER);
        assertThatThrownBy(() -> board.board(BoardFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        as(users, PROVIDER);
        assertThatThrownBy(() -> board.create("x", CampaignKind.ARTS, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void moving_cards_keeps_the_chosen_order_and_leaves_other_cards_versions_alone() {
        List<String> team = ownCity();
        as(users, team.get(0));
        Campaign a = board.create("Order A", CampaignKind.ADVOCACY, null);
        Campaign b = board.create("Order B", CampaignKind.ARTS, null);
        Campaign c = board.create("Order C", CampaignKind.ARTS, null);
        assertThat(column(Stage.IDEA))
                .as("the board of a city of their own")
                .containsExactly(a.getId(), b.getId(), c.getId());

        Campaign moved = board.move(c.getId(), c.getVersion(), Stage.IDEA, 0, null);
        assertThat(column(Stage.IDEA)).containsExactly(c.getId(), a.getId(), b.getId());
        assertThat(moved.getSortOrder()).isZero();
        assertThat(campaigns.get(a.getId()).getVersion())
                .as("renumbering is not an edit")
                .isEqualTo(a.getVersion());

        Campaign planned = board.move(a.getId(), a.getVersion(), Stage.PLANNING, 0, null);
        assertThat(column(Stage.PLANNING)).containsExactly(a.getId());
        assertThat(column(Stage.IDEA)).containsExactly(c.getId(), b.getId());
        assertThat(board.board(new BoardFilter(false, null, null, Stage.IDEA)))
                .extracting(BoardCard::position)
                .as("positions close up: 0, 1, 2…")
                .containsExactly(0, 1);

        // Moving within a column: B goes to the top, above C.
        Campaign b2 = campaigns.get(b.getId());
        board.move(b.getId(), b2.getVersion(), Stage.IDEA, 0, null);
        assertThat(column(Stage.IDEA)).containsExactly(b.getId(), c.getId());

        assertThatThrownBy(() -> board.move(a.getId(), a.getVersion(), Stage.IN_ACTION, 0, null))
                .as("someone moved it meanwhile")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> board.move(a.getId(), planned.getVersion(), Stage.DONE, 0, null))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.outcomes-needed");
        assertThatThrownBy(() -> board.move(
                        a.getId(),
                        planned.getVersion(),
                        Stage.DONE,
                        0,
                        new Outcomes(-1, null, null, null, null, "story")))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.outcome-number");
        Campaign done = board.move(a.getId(), planned.getVersion(), Stage.DONE, 0, OUTCOMES);
        assertThat(done.getStage()).isEqualTo(Stage.DONE);
        assertThat(done.getOutcomes().peopleReached()).isEqualTo(120);
        assertThat(column(Stage.PLANNING)).isEmpty();
        assertThat(column(Stage.DONE)).containsExactly(a.getId());
        assertThat(campaigns.activity(a.getId()))
                .extracting(ActivityLine::messageKey)
                .contains("campaign.activity.moved", "campaign.activity.outcomes", "campaign.activity.created");
        ActivityLine moveLine = campaigns.activity(a.getId()).stream()
                .filter(l -> l.messageKey().equals("campaign.activity.moved"))
                .findFirst()
                .orElseThrow();
        assertThat(moveLine.args()).containsExactly("#campaign.stage.planning", "#campaign.stage.done");
        assertThat(moveLine.actor())
                .isEqualTo("Ada " + team.get(0).substring(0, team.get(0).indexOf('.')));

        as(users, team.get(1));
        Campaign fresh = campaigns.get(b.getId());
        assertThatThrownBy(() -> board.move(b.getId(), fresh.getVersion(), Stage.PLANNING, 0, null))
                .as("not on the team")
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Two people reordering the same column at the same moment: every move lands, none ends in an error (under load
     * two moves renumbering each other's cards deadlocked and the person saw "unexpected error"), and the column's
     * positions stay 0, 1, 2… with every card once.
     */
    @Test
    void moves_in_one_column_at_the_same_time_all_land_and_keep_the_order_whole() throws InterruptedException {
        List<String> team = ownCity();
        List<Campaign> cards = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            as(users, team.get(i % 2));
            cards.add(board.create("Busy " + i, CampaignKind.ARTS, null));
        }
        SecurityContextHolder.clearContext();

        assertThat(ConcurrentMoves.run(board, users, team, cards, 15))
                .as("every move landed")
                .isEmpty();
        as(users, team.get(0));
        assertThat(board.board(new BoardFilter(false, null, null, Stage.IDEA)))
                .extracting(BoardCard::position)
                .as("positions close up: 0, 1, 2…")
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(column(Stage.IDEA))
                .containsExactlyInAnyOrderElementsOf(
                        cards.stream().map(Campaign::getId).toList());
    }

    @Test
    void changes_made_on_another_node_are_noticed_by_polling_the_boards_stamps() {
        List<Object> heard = new ArrayList<>();
        BoardStamps stamps = new BoardStamps(campaignRows, taskRows, heard::add);
        stamps.poll();
        assertThat(heard).as("the first look only learns the stamps").isEmpty();
        Campaign c = created("Polled");
        stamps.poll();
        assertThat(heard).containsExactly(new CampaignEvents.BoardChanged(c.getCityId(), 0));
        heard.clear();
        stamps.poll();
        assertThat(heard).isEmpty();
        CampaignTask t = checklist.addTask(c.getId(), "Count the votes", null, null);
        stamps.poll();
        assertThat(heard).hasSize(1);
        checklist.saveTask(t.getId(), t.getVersion(), t.getTitle(), null, null, true);
        stamps.poll();
        assertThat(heard).as("a task ticked off changes the card's progress").hasSize(2);
    }
}
