package org.mesta.workspace;

import static org.mesta.workspace.Dashboard.*;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.RecommendationService;
import org.mesta.campaign.ui.CampaignSummaryView;
import org.mesta.campaign.ui.RecommendationsView;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.ui.OrganisationsView;
import org.mesta.opportunity.DashboardFigures;
import org.mesta.opportunity.ui.CityOpportunitiesView;
import org.mesta.opportunity.ui.ModerationQueueView;
import org.mesta.security.Invitation;
import org.mesta.security.InvitationService;
import org.mesta.security.ui.PeopleView;

/** The city admin's home: the city in figures, and what waits for them (invitations, proposals, evaluations). */
@Route("city")
@Menu(title = "nav.city-home", order = 5, icon = "vaadin:dashboard")
@RolesAllowed(Role.CITY_ADMIN_)
public class CityAdminWorkspaceView extends RoleWorkspace {

    static final int SHOWN = 5;

    CityAdminWorkspaceView(
            CityService cities,
            DashboardFigures opportunities,
            BoardService campaigns,
            RecommendationService library,
            InvitationService invitationService) {
        super("city-admin");
        City city =
                user.cityId() == null ? null : cities.findCity(user.cityId()).orElse(null);
        if (city == null) {
            add(empty(getTranslation("workspace.no-city")));
            return;
        }
        DashboardFigures.CityCounts counts =
                opportunities.cityCounts().getOrDefault(city.getId(), DashboardFigures.CityCounts.NONE);
        long organisations = cities.organisationCounts().getOrDefault(city.getId(), 0L);
        List<Invitation> invitations = invitationService.openInvitations(city.getId());
        List<Recommendation> proposals = library.recommendations(null, true).stream()
                .filter(r -> r.getStatus() == Recommendation.Status.PROPOSED)
                .toList();
        List<Campaign> evaluations = campaigns.awaitingConfirmation();

        add(figures(
                figure(
                        "figure-organisations",
                        organisations,
                        getTranslation("dash.city.figure.organisations"),
                        url(OrganisationsView.class)),
                figure(
                        "figure-published",
                        counts.published(),
                        getTranslation("dash.city.figure.published"),
                        url(CityOpportunitiesView.class, city.getSlug())),
                // The queue is the moderators' list; a city admin who is no moderator sees the number only.
                figure(
                        "figure-moderation",
                        counts.waiting(),
                        getTranslation("dash.city.figure.moderation"),
                        user.has(Role.MODERATOR) ? url(ModerationQueueView.class) : null),
                figure(
                        "figure-invitations",
                        invitations.size(),
                        getTranslation("dash.city.figure.invitations"),
                        url(PeopleView.class)),
                figure(
                        "figure-proposals",
                        proposals.size(),
                        getTranslation("dash.city.figure.proposals"),
                        url(RecommendationsView.class)),
                figure(
                        "figure-evaluations",
                        evaluations.size(),
                        getTranslation("dash.city.figure.evaluations"),
                        url(CampaignSummaryView.class))));
        add(blocks(invitations(invitations), proposals(proposals), evaluations(evaluations)));
    }

    private Div invitations(List<Invitation> invitations) {
        String title = getTranslation("dash.city.invitations.title");
        String people = url(PeopleView.class);
        if (invitations.isEmpty()) {
            return new Div(block(
                    "block-invitations",
                    title,
                    empty(
                            getTranslation("dash.city.invitations.none"),
                            action(getTranslation("dash.city.invitations.invite"), people))));
        }
        var list = rows();
        invitations.stream()
                .limit(SHOWN)
                .forEach(i -> list.add(row(
                        i.getEmail(),
                        people,
                        getTranslation(
                                "dash.city.invitations.row",
                                getTranslation(i.getRole().translationKey()),
                                dateTime(i.getExpiresAt(), getLocale())))));
        return new Div(block("block-invitations", title, list));
    }

    private Div proposals(List<Recommendation> proposals) {
        String title = getTranslation("dash.city.proposals.title");
        String library = url(RecommendationsView.class);
        if (proposals.isEmpty()) {
            return new Div(block("block-proposals", title, empty(getTranslation("dash.city.proposals.none"))));
        }
        var list = rows();
        proposals.stream()
                .limit(SHOWN)
                .forEach(r -> list.add(row(
                        r.words(TranslationProvider.tag(getLocale())).title(),
                        library,
                        getTranslation(r.getTheme().translationKey()))));
        return new Div(block("block-proposals", title, list));
    }

    private Div evaluations(List<Campaign> evaluations) {
        String title = getTranslation("dash.city.evaluations.title");
        String summary = url(CampaignSummaryView.class);
        if (evaluations.isEmpty()) {
            return new Div(block("block-evaluations", title, empty(getTranslation("dash.city.evaluations.none"))));
        }
        var list = rows();
        evaluations.stream().limit(SHOWN).forEach(c -> list.add(row(c.getTitle(), summary, null)));
        return new Div(block("block-evaluations", title, list));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.city-home");
    }
}
