package org.mesta.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.city.CityService;
import org.mesta.city.ui.CitiesView;
import org.mesta.city.ui.OrganisationsView;
import org.mesta.security.AccountService;
import org.mesta.security.MembershipService;
import org.mesta.security.OrganisationRole;
import org.mesta.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;

/** Every role lands in its own workspace, and the menu offers only what the role may open. */
class WorkspaceViewsTest extends ViewTest {

    private Class<?> landing(String email) {
        login(email);
        navigate("", Component.class);
        return getCurrentView().getClass();
    }

    @Test
    void each_role_lands_in_its_workspace() {
        assertThat(landing(LEARNER)).isEqualTo(LearnerWorkspaceView.class);
        assertThat(landing(PROVIDER)).isEqualTo(ProviderWorkspaceView.class);
        assertThat(landing(AMBASSADOR)).isEqualTo(AmbassadorWorkspaceView.class);
        assertThat(landing(MODERATOR)).isEqualTo(ModeratorWorkspaceView.class);
        assertThat(landing(CITY_ADMIN)).isEqualTo(CityAdminWorkspaceView.class);
        assertThat(landing(NETWORK_ADMIN)).isEqualTo(NetworkWorkspaceView.class);
    }

    @Test
    void visitors_see_the_front_door_with_the_network_s_cities() {
        english();
        HomeView home = navigate(HomeView.class);
        assertThat(text(home)).contains("Cities of the network", "Ljubljana · SI", "Nairobi · KE", "Kingston · JM");
    }

    @Test
    void learner_workspace_greets_and_shows_the_city_s_providers_in_slovenian() {
        slovenian();
        login(LEARNER);
        LearnerWorkspaceView view = navigate(LearnerWorkspaceView.class);
        assertThat(find(H2.class).all()).extracting(h -> h.getText()).contains("Živjo, Lea Learner!");
        assertThat(text(view))
                .contains("Ljubljana Youth Centre", "Ponudniki učenja v mestu Ljubljana")
                .containsPattern("\\d+ ponudnik(i|ov) učenja");
    }

    @Test
    void provider_workspace_shows_their_organisation_and_team() {
        english();
        login(PROVIDER);
        ProviderWorkspaceView view = navigate(ProviderWorkspaceView.class);
        assertThat(text(view))
                .contains("Your organisations", "Ljubljana Youth Centre", "your role: Organisation admin", "Team of");
    }

    @Test
    void menu_lists_only_views_the_role_may_open() {
        english();
        login(LEARNER);
        navigate(LearnerWorkspaceView.class);
        assertThat(menu())
                .containsExactly(
                        "My learning",
                        "My badges",
                        "Claim a badge",
                        "My sessions",
                        "My pathways",
                        "My account",
                        "Verify a badge");
        login(CITY_ADMIN);
        navigate(CityAdminWorkspaceView.class);
        assertThat(menu()).contains("City overview", "Organisations").doesNotContain("Network overview");
        login(NETWORK_ADMIN);
        navigate(CitiesView.class);
        assertThat(menu())
                .contains("Network overview", "Cities", "Organisations", "People", "My account")
                .doesNotContain("My learning", "City overview");
    }

    @Test
    void ambassadors_land_next_to_their_board_and_library() {
        english();
        login(AMBASSADOR);
        AmbassadorWorkspaceView view = navigate(AmbassadorWorkspaceView.class);
        assertThat(view.board.getText()).matches("Campaign board \\(your campaigns: [1-9]\\d*\\)");
        assertThat(menu())
                .contains("Ambassador space", "Campaign board", "Recommendations")
                .doesNotContain("Campaign outcomes");
        login(CITY_ADMIN);
        navigate(OrganisationsView.class);
        assertThat(menu()).contains("Campaign board", "Recommendations", "Campaign outcomes");
    }

    @Test
    void account_view_shows_what_we_keep_and_changes_the_password_only_with_the_current_one() {
        english();
        login(AMBASSADOR);
        AccountView view = navigate(AccountView.class);
        assertThat(text(view)).contains("ambassador@mesta.example", "Young ambassador", "Ljubljana");
        test(view.current).setValue("wrong");
        test(view.password).setValue("a new long password");
        test(view.repeat).setValue("a new long password");
        test(view.change).click();
        assertThat(notifications()).contains("The current password is not right.");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_for_protected_pages() {
        navigate("learner", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Autowired
    AccountService accounts;

    @Autowired
    MembershipService membershipService;

    @Autowired
    CityService cities;

    @Test
    void an_organisation_admin_removes_a_member_and_editors_only_read_the_team() {
        english();
        login(NETWORK_ADMIN);
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        var temp = accounts.createAccount(
                "temp.member@example.org",
                "Tim Temporary",
                "long enough pw",
                ljubljana,
                "en",
                EnumSet.of(Role.PROVIDER));
        login(PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        login(CITY_ADMIN);
        accounts.addMember(org, temp.getId(), OrganisationRole.EDITOR);

        login("editor@mesta.example");
        navigate(ProviderWorkspaceView.class);
        assertThat(find(Grid.class).all())
                .allSatisfy(g -> assertThat(g.getColumns()).hasSize(3));

        login(PROVIDER);
        navigate(AccountView.class); // a new instance of the workspace, built for the admin
        navigate(ProviderWorkspaceView.class);
        Grid<?> team = find(Grid.class).first();
        String label = "Remove Tim Temporary from Ljubljana Youth Centre";
        Button remove = null;
        for (int i = 0; i < test(team).size(); i++) {
            if (test(team).getCellComponent(i, 3) instanceof Button b
                    && label.equals(b.getElement().getAttribute("aria-label"))) {
                remove = b;
            }
        }
        assertThat(remove).as(label).isNotNull();
        test(remove).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(notifications()).contains("The member is removed.");
        assertThat(membershipService.members(org))
                .noneMatch(m -> m.getAccount().getId().equals(temp.getId()));
    }

    @Test
    void an_organisation_admin_invites_a_member_and_withdraws_the_invitation() {
        english();
        login(PROVIDER);
        navigate(ProviderWorkspaceView.class);
        InviteMember invite = find(InviteMember.class).first();
        test(invite.email).setValue("invited.issuer@example.org");
        test(invite.role).selectItem("Badge issuer");
        test(invite.send).click();
        assertThat(notifications()).contains("Invitation sent to invited.issuer@example.org.");
        assertThat(text(invite.pending)).contains("invited.issuer@example.org", "Badge issuer");
        Button withdraw = find(Button.class).from(invite.pending).all().stream()
                .filter(b -> "Withdraw the invitation to invited.issuer@example.org"
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        test(withdraw).click();
        assertThat(text(invite.pending)).doesNotContain("invited.issuer@example.org");

        login("editor@mesta.example");
        navigate(AccountView.class);
        navigate(ProviderWorkspaceView.class);
        assertThat(find(InviteMember.class).all()).isEmpty();
    }

    /** The drawer's menu, as drawn. */
    private List<String> menu() {
        return find(org.mesta.base.ui.MainLayout.class).single().navigationLabels();
    }
}
