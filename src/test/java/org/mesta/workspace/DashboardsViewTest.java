package org.mesta.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.ChecklistService;
import org.mesta.campaign.CommentService;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.city.OrganisationDraft;
import org.mesta.city.ui.OrganisationsView;
import org.mesta.opportunity.DashboardFigures;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.ui.OpportunityDetailView;
import org.mesta.opportunity.ui.OpportunityWizardView;
import org.mesta.opportunity.ui.ProviderOpportunitiesView;
import org.mesta.security.AccountService;
import org.mesta.security.InvitationDraft;
import org.mesta.security.InvitationService;
import org.mesta.security.OrganisationRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each role's home shows its blocks, every count opens its list, and empty blocks say what to do next. */
class DashboardsViewTest extends ViewTest {

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitationService;

    @Autowired
    CityService cities;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    DashboardFigures dashboard;

    @Autowired
    BoardService campaigns;

    @Autowired
    CommentService comments;

    @Autowired
    ChecklistService checklist;

    private String href(String id) {
        return find(Anchor.class).id(id).getHref();
    }

    private String title(String blockId) {
        return find(Section.class)
                .id(blockId)
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getElement()
                .getText();
    }

    private long ljubljana() {
        return cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    @Test
    void learner_sees_this_week_in_the_city_badges_and_applications_each_linked_in_slovenian() {
        slovenian();
        login(LEARNER);
        boolean knowsAge = accounts.me().getBirthYear() != null;
        LearnerWorkspaceView view = navigate(LearnerWorkspaceView.class);
        assertThat(href("figure-week")).isEqualTo("cities/ljubljana");
        assertThat(href("figure-badges")).isEqualTo("my/badges");
        // Badges waiting in the wallet to be accepted (no longer the applications waiting for an answer).
        assertThat(href("figure-waiting")).isEqualTo("my/badges");
        // The age is only mentioned when the account has one.
        assertThat(title("block-week"))
                .isEqualTo(knowsAge ? "Ta teden v mestu Ljubljana, za tvojo starost" : "Ta teden v mestu Ljubljana");
        assertThat(title("block-applications")).isEqualTo("Tvoje prijave za značke");
        assertThat(find(ListItem.class)
                        .from(find(Section.class).id("block-week"))
                        .all())
                .allSatisfy(
                        row -> assertThat(find(Anchor.class).from(row).first().getHref())
                                .startsWith("opportunities/"));
        assertThat(text(view)).contains("Ponudniki učenja v mestu Ljubljana");
    }

    @Test
    void learner_workspace_in_english_names_its_blocks() {
        english();
        login(LEARNER);
        navigate(LearnerWorkspaceView.class);
        assertThat(title("block-week")).startsWith("This week in Ljubljana");
        assertThat(title("block-applications")).isEqualTo("Your badge applications");
        assertThat(text(find(Anchor.class).id("figure-badges"))).contains("Badges you hold");
    }

    @Test
    void provider_counts_open_the_opportunity_list_filtered_and_the_badge_lists() {
        english();
        login(PROVIDER);
        var work = dashboard.providerWork("en", 5);
        ProviderWorkspaceView view = navigate(ProviderWorkspaceView.class);
        assertThat(href("figure-drafts")).isEqualTo("provider/opportunities?status=draft");
        assertThat(href("figure-changes")).isEqualTo("provider/opportunities?status=changes_requested");
        assertThat(href("figure-submitted")).isEqualTo("provider/opportunities?status=submitted");
        assertThat(href("figure-applications")).startsWith("provider/badge");
        assertThat(href("figure-issued")).isEqualTo("provider/badges");
        assertThat(href("action-design")).isEqualTo("provider/badges?new");
        assertThat(href("action-issue")).isEqualTo("provider/badges");
        assertThat(text(find(Anchor.class).id("figure-drafts")))
                .startsWith(String.valueOf(Math.min(99, work.counts().get(Status.DRAFT))));
        assertThat(title("block-drafts")).isEqualTo("Your drafts");
        assertThat(title("block-applications")).isEqualTo("Badge applications to review");
        assertThat(title("block-upcoming")).isEqualTo("Coming up");
        assertThat(text(view)).contains("Your organisations", "Ljubljana Youth Centre");

        UI.getCurrent().navigate("provider/opportunities", QueryParameters.of("status", "changes_requested"));
        assertThat(getCurrentView()).isInstanceOf(ProviderOpportunitiesView.class);
        assertThat(find(Select.class).all()).extracting(Select::getValue).contains(Status.CHANGES_REQUESTED);
    }

    @Test
    void provider_workspace_in_slovenian() {
        slovenian();
        login(PROVIDER);
        navigate(ProviderWorkspaceView.class);
        assertThat(title("block-drafts")).isEqualTo("Tvoji osnutki");
        assertThat(text(find(Anchor.class).id("figure-issued"))).contains("Značke, podeljene ta mesec");
        assertThat(text(find(Anchor.class).id("action-design"))).isEqualTo("Oblikuj značko");
    }

    @Test
    void a_new_organisation_s_provider_is_told_to_start_and_the_button_starts_an_opportunity() {
        english();
        login(CITY_ADMIN);
        Organisation org = cities.saveOrganisation(OrganisationDraft.of(
                ljubljana(), "Fresh Start Collective", Map.of("en", "Brand new."), "", "fresh@example.org"));
        login(NETWORK_ADMIN);
        var fresh = accounts.createAccount(
                "fresh.provider@example.org",
                "Frida Fresh",
                "long enough pw",
                ljubljana(),
                "en",
                EnumSet.of(Role.PROVIDER));
        login(CITY_ADMIN);
        accounts.addMember(org.getId(), fresh.getId(), OrganisationRole.ADMIN);

        login("fresh.provider@example.org");
        ProviderWorkspaceView view = navigate(ProviderWorkspaceView.class);
        assertThat(text(find(Section.class).id("block-drafts")))
                .contains("No drafts. Start a new opportunity: the wizard saves as you go.");
        assertThat(text(find(Section.class).id("block-upcoming"))).contains("Nothing published is coming up.");
        assertThat(text(find(Section.class).id("block-applications"))).contains("No applications are waiting.");
        assertThat(text(find(Anchor.class).id("figure-drafts"))).startsWith("0");
        test(view.newOpportunity).click();
        assertThat(getCurrentView()).isInstanceOf(OpportunityWizardView.class);
        login("fresh.provider@example.org");
        assertThat(dashboard.providerWork("en", 5).counts().get(Status.DRAFT)).isEqualTo(1);
    }

    @Test
    void moderator_sees_the_longest_waiting_first_each_opening_its_decision_page() {
        login(PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        var mine = opportunities.create(org);
        mine = opportunities.saveDraft(
                mine.getId(), mine.getVersion(), OpportunityServiceTestData.complete("Čaka na odločitev"), 4);
        opportunities.submit(mine.getId(), mine.getVersion());

        slovenian();
        login(MODERATOR);
        var work = dashboard.moderatorWork("sl", 5);
        assertThat(work.oldest()).isNotEmpty();
        navigate(ModeratorWorkspaceView.class);
        assertThat(href("figure-waiting")).isEqualTo("moderation/queue");
        assertThat(text(find(Anchor.class).id("figure-waiting")))
                .startsWith(String.valueOf(Math.min(99, work.waiting())));
        assertThat(title("block-queue")).isEqualTo("Najdlje čakajo");
        assertThat(title("block-decisions")).isEqualTo("Zadnje odločitve");
        Section queue = find(Section.class).id("block-queue");
        assertThat(find(Anchor.class).from(queue).all())
                .extracting(Anchor::getHref)
                .startsWith(work.oldest().stream()
                        .map(o -> "moderation/opportunity/" + o.getId())
                        .toArray(String[]::new));
        assertThat(text(queue)).contains("čaka");
        english();
        navigate(AccountView.class);
        navigate(ModeratorWorkspaceView.class);
        assertThat(title("block-queue")).isEqualTo("Waiting longest");
        assertThat(text(find(Anchor.class).id("figure-waiting"))).contains("Waiting for your decision");
    }

    @Test
    void a_moderator_whose_city_has_nothing_waiting_is_told_the_queue_is_empty() {
        login(NETWORK_ADMIN);
        long nairobi = cities.findCityBySlug("nairobi").orElseThrow().getId();
        accounts.createAccount(
                "quiet.moderator@example.org",
                "Quinn Quiet",
                "long enough pw",
                nairobi,
                "sl",
                EnumSet.of(Role.MODERATOR));

        slovenian();
        login("quiet.moderator@example.org");
        navigate(ModeratorWorkspaceView.class);
        assertThat(text(find(Anchor.class).id("figure-waiting"))).startsWith("0");
        assertThat(text(find(Section.class).id("block-queue"))).contains("Vrsta je prazna");
        assertThat(find(Anchor.class)
                        .from(find(Section.class).id("block-queue"))
                        .all())
                .isEmpty();
    }

    @Test
    void ambassador_sees_the_next_task_overdue_and_who_mentioned_them() {
        english();
        login("ambassador2@mesta.example");
        Campaign bors = campaigns.create("Bor's mural walk", CampaignKind.ARTS, null);
        comments.comment(bors.getId(), "@Ana Ambassador can you bring the paint?");
        login(AMBASSADOR);
        Campaign anas = campaigns.create("Ana's late poster", CampaignKind.ADVOCACY, null);
        checklist.addTask(
                anas.getId(),
                "Print the posters",
                MestaUser.require().accountId(),
                LocalDate.now().minusDays(3));

        AmbassadorWorkspaceView view = navigate(AmbassadorWorkspaceView.class);
        assertThat(href("figure-campaigns")).isEqualTo("ambassador/campaigns");
        assertThat(href("figure-tasks")).isEqualTo("ambassador/campaigns");
        Section tasks = find(Section.class).id("block-tasks");
        assertThat(text(tasks)).contains("Ana's late poster", "Next: Print the posters · due", "Overdue");
        assertThat(find(Anchor.class).from(tasks).all())
                .extracting(Anchor::getHref)
                .contains("ambassador/campaign/" + anas.getId());
        Section mentions = find(Section.class).id("block-mentions");
        assertThat(text(mentions)).contains("Bor Ambassador mentioned you in \u201CBor's mural walk\u201D.");
        assertThat(find(Anchor.class).from(mentions).all())
                .extracting(Anchor::getHref)
                .contains("ambassador/campaign/" + bors.getId());
        assertThat(view.board.getHref()).isEqualTo("ambassador/campaigns");

        slovenian();
        navigate(AccountView.class);
        navigate(AmbassadorWorkspaceView.class);
        assertThat(title("block-tasks")).isEqualTo("Naslednje naloge");
        assertThat(text(find(Section.class).id("block-tasks"))).contains("Zamuja");
        assertThat(title("block-mentions")).isEqualTo("Omembe");
    }

    @Test
    void city_admin_sees_the_city_s_figures_each_linked_and_the_invitations_waiting() {
        english();
        login(PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        login(CITY_ADMIN);
        invitationService.invite(
                new InvitationDraft(
                        "waiting.editor@example.org", Role.PROVIDER, ljubljana(), org, OrganisationRole.EDITOR),
                Locale.ENGLISH);
        navigate(CityAdminWorkspaceView.class);
        assertThat(href("figure-organisations")).isEqualTo("city/organisations");
        assertThat(href("figure-published")).isEqualTo("cities/ljubljana");
        assertThat(href("figure-invitations")).isEqualTo("city/people");
        assertThat(href("figure-proposals")).isEqualTo("ambassador/recommendations");
        assertThat(href("figure-evaluations")).isEqualTo("city/campaigns");
        // The moderation queue is the moderators' list: the city admin sees the number, not a link.
        assertThat(find(Div.class).id("figure-moderation").getElement().getTag())
                .isEqualTo("div");
        assertThat(text(find(Section.class).id("block-invitations"))).contains("waiting.editor@example.org");
        assertThat(title("block-proposals")).isEqualTo("Recommendations to curate");
        assertThat(title("block-evaluations")).isEqualTo("Evaluations to confirm");

        slovenian();
        navigate(AccountView.class);
        navigate(CityAdminWorkspaceView.class);
        assertThat(title("block-invitations")).isEqualTo("Povabila, ki čakajo");
        assertThat(text(find(Anchor.class).id("figure-published"))).contains("Priložnosti na zemljevidu");
    }

    @Test
    void network_admin_sees_every_city_and_its_organisations_open_filtered_by_city() {
        english();
        login(NETWORK_ADMIN);
        navigate(NetworkWorkspaceView.class);
        assertThat(href("figure-cities")).isEqualTo("network/cities");
        assertThat(href("figure-organisations")).isEqualTo("city/organisations");
        long id = ljubljana();
        assertThat(href("city-ljubljana-organisations")).isEqualTo("city/organisations?city=" + id);
        assertThat(href("city-ljubljana-published")).isEqualTo("cities/ljubljana");
        assertThat(href("city-nairobi-published")).isEqualTo("cities/nairobi");
        assertThat(text(find(Div.class).id("city-ljubljana-waiting"))).contains("waiting for moderation");

        UI.getCurrent().navigate("city/organisations", QueryParameters.of("city", String.valueOf(id)));
        assertThat(getCurrentView()).isInstanceOf(OrganisationsView.class);
        assertThat(((City) find(ComboBox.class).first().getValue()).getSlug()).isEqualTo("ljubljana");

        slovenian();
        navigate(AccountView.class);
        navigate(NetworkWorkspaceView.class);
        assertThat(text(find(Anchor.class).id("figure-cities"))).contains("Mesta");
        assertThat(text(find(Anchor.class).id("city-ljubljana-published"))).contains("na zemljevidu");
    }

    @Test
    void every_role_home_has_a_translated_title_and_no_greeting_only_page() {
        english();
        for (var entry : Map.of(
                        LEARNER,
                        LearnerWorkspaceView.class,
                        PROVIDER,
                        ProviderWorkspaceView.class,
                        MODERATOR,
                        ModeratorWorkspaceView.class,
                        AMBASSADOR,
                        AmbassadorWorkspaceView.class,
                        CITY_ADMIN,
                        CityAdminWorkspaceView.class,
                        NETWORK_ADMIN,
                        NetworkWorkspaceView.class)
                .entrySet()) {
            login(entry.getKey());
            navigate(AccountView.class);
            Component view = navigate(entry.getValue());
            assertThat(find(Div.class).withClassName("mesta-figures").all())
                    .as(entry.getKey())
                    .isNotEmpty();
            assertThat(((HasDynamicTitle) view).getPageTitle()).doesNotStartWith("!");
        }
    }

    @Test
    void a_public_opportunity_describes_its_organisation_in_the_reader_s_language() {
        login(PROVIDER);
        long orgId = MestaUser.require().organisationIds().iterator().next();
        var o = opportunities.create(orgId);
        o = opportunities.saveDraft(
                o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Dan odprtih vrat"), 4);
        o = opportunities.submit(o.getId(), o.getVersion());
        login(MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        login(CITY_ADMIN);
        OrganisationDraft was = cities.findOrganisation(orgId).orElseThrow().toDraft();
        cities.saveOrganisation(new OrganisationDraft(
                was.id(),
                was.version(),
                was.cityId(),
                was.name(),
                null,
                was.website(),
                was.contactEmail(),
                Map.of("sl", "Mladinski center za vse.", "en", "A youth centre for everyone.")));
        SecurityContextHolder.clearContext();

        slovenian();
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(text(find(Paragraph.class).id("organisation-description"))).isEqualTo("Mladinski center za vse.");
        english();
        navigate(HomeView.class);
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(text(find(Paragraph.class).id("organisation-description")))
                .isEqualTo("A youth centre for everyone.");
    }
}
