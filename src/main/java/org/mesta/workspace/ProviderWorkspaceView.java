package org.mesta.workspace;

import static org.mesta.workspace.Dashboard.*;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import org.mesta.badge.MyBadgesService;
import org.mesta.badge.ui.BadgesView;
import org.mesta.badge.ui.IssueView;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.city.CityService;
import org.mesta.opportunity.DashboardFigures;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.ui.OpportunityDetailView;
import org.mesta.opportunity.ui.OpportunityWizardView;
import org.mesta.opportunity.ui.ProviderOpportunitiesView;
import org.mesta.pathway.ParticipantService;
import org.mesta.security.AccountService;
import org.mesta.security.InvitationService;
import org.mesta.security.MembershipService;

/**
 * The provider's home: what waits for them (drafts, changes asked for, applications to review), what is coming
 * up, what was issued this month, the three things they start most, and the team they work with.
 */
@Route("provider")
@Menu(title = "nav.provider", order = 15, icon = "vaadin:briefcase")
@RolesAllowed(Role.PROVIDER_)
public class ProviderWorkspaceView extends RoleWorkspace {

    static final int SHOWN = 5;

    final Button newOpportunity = new Button();
    private final OpportunityService opportunities;
    private final DashboardFigures dashboard;

    ProviderWorkspaceView(
            AccountService accounts,
            MembershipService members,
            InvitationService invitations,
            CityService cities,
            OpportunityService opportunities,
            DashboardFigures dashboard,
            MyBadgesService awards,
            ParticipantService participants) {
        super("provider");
        this.opportunities = opportunities;
        this.dashboard = dashboard;
        String language = TranslationProvider.tag(getLocale());
        DashboardFigures.ProviderWork work = dashboard.providerWork(language, SHOWN);
        MyBadgesService.ProviderBadges badges = awards.providerBadges(language, ClientTime.zone(), SHOWN);
        Optional<Long> editing =
                user.organisationIds().stream().filter(user::editsFor).sorted().findFirst();
        boolean issuing = user.organisationIds().stream().anyMatch(user::issuesFor);

        newOpportunity.setText(getTranslation("opportunity.new"));
        newOpportunity.setIcon(VaadinIcon.PLUS.create());
        newOpportunity.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newOpportunity.setId("action-new-opportunity");
        newOpportunity.setVisible(editing.isPresent());
        editing.ifPresent(org -> newOpportunity.addClickListener(e -> Notifications.attempt(() -> {
            Opportunity o = opportunities.create(org);
            getUI().ifPresent(ui -> ui.navigate(OpportunityWizardView.class, o.getId()));
        })));
        Anchor design = action(getTranslation("dash.provider.design"), url(BadgesView.class) + "?new");
        design.setId("action-design");
        design.setVisible(editing.isPresent());
        Anchor issue = action(getTranslation("dash.provider.issue"), url(BadgesView.class));
        issue.setId("action-issue");
        issue.setVisible(issuing);
        Div actions = new Div(newOpportunity, design, issue);
        actions.addClassNames("mesta-quick-actions");
        add(actions);

        long applications = badges.waiting().stream()
                .mapToLong(MyBadgesService.Waiting::count)
                .sum();
        String applicationsHref = badges.waiting().size() == 1
                ? url(IssueView.class, badges.waiting().getFirst().badgeId())
                : url(BadgesView.class);
        add(figures(
                statusFigure("figure-drafts", work, Status.DRAFT, "dash.provider.figure.drafts"),
                statusFigure("figure-changes", work, Status.CHANGES_REQUESTED, "dash.provider.figure.changes"),
                statusFigure("figure-submitted", work, Status.SUBMITTED, "dash.provider.figure.submitted"),
                figure(
                        "figure-applications",
                        applications,
                        getTranslation("dash.provider.figure.applications"),
                        applicationsHref),
                figure(
                        "figure-issued",
                        badges.issuedThisMonth(),
                        getTranslation("dash.provider.figure.issued"),
                        url(BadgesView.class))));

        add(blocks(
                drafts(work, editing.isPresent()),
                applications(badges, issuing),
                upcoming(work, editing.isPresent()),
                sessions(participants)));
        add(new OrganisationTeams(accounts, members, invitations, cities));
    }

    private HtmlContainer statusFigure(String id, DashboardFigures.ProviderWork work, Status status, String key) {
        return figure(id, work.counts().getOrDefault(status, 0L), getTranslation(key), statusList(status));
    }

    static String statusList(Status status) {
        return url(ProviderOpportunitiesView.class) + "?status=" + status.name().toLowerCase(Locale.ROOT);
    }

    private Div drafts(DashboardFigures.ProviderWork work, boolean edits) {
        long drafts = work.counts().getOrDefault(Status.DRAFT, 0L);
        long changes = work.counts().getOrDefault(Status.CHANGES_REQUESTED, 0L);
        String title = getTranslation("dash.provider.drafts.title");
        if (drafts + changes == 0) {
            return new Div(block(
                    "block-drafts",
                    title,
                    edits
                            ? empty(getTranslation("dash.provider.drafts.none"), startButton())
                            : empty(getTranslation("dash.provider.drafts.none-issuer"))));
        }
        var list = rows();
        if (changes > 0) {
            list.add(row(
                    getTranslation("dash.provider.drafts.changes", changes),
                    statusList(Status.CHANGES_REQUESTED),
                    getTranslation("dash.provider.drafts.changes-hint")));
        }
        if (drafts > 0) {
            list.add(row(
                    getTranslation("dash.provider.drafts.drafts", drafts),
                    statusList(Status.DRAFT),
                    getTranslation("dash.provider.drafts.drafts-hint")));
        }
        return new Div(block("block-drafts", title, list));
    }

    private Div applications(MyBadgesService.ProviderBadges badges, boolean issuing) {
        String title = getTranslation("dash.provider.applications.title");
        if (badges.waiting().isEmpty()) {
            return new Div(block(
                    "block-applications",
                    title,
                    issuing
                            ? empty(
                                    getTranslation("dash.provider.applications.none"),
                                    action(getTranslation("dash.provider.issue"), url(BadgesView.class)))
                            : empty(getTranslation("dash.provider.applications.none"))));
        }
        var list = rows();
        badges.waiting()
                .forEach(w -> list.add(row(
                        w.badgeName(),
                        url(IssueView.class, w.badgeId()),
                        getTranslation("dash.provider.applications.count", w.count()))));
        return new Div(block("block-applications", title, list));
    }

    private Div upcoming(DashboardFigures.ProviderWork work, boolean edits) {
        String title = getTranslation("dash.provider.upcoming.title");
        if (work.upcoming().isEmpty()) {
            return new Div(block(
                    "block-upcoming",
                    title,
                    edits
                            ? empty(getTranslation("dash.provider.upcoming.none"), startButton())
                            : empty(getTranslation("dash.provider.upcoming.none"))));
        }
        var list = rows();
        work.upcoming()
                .forEach(d -> list.add(row(
                        d.title(),
                        url(OpportunityDetailView.class, d.opportunityId()),
                        dateTime(d.at(), getLocale()))));
        return new Div(block(
                "block-upcoming",
                title,
                list,
                action(getTranslation("dash.provider.upcoming.all"), url(ProviderOpportunitiesView.class))));
    }

    /** The next sessions people joined, each opening its participants and check-in. */
    private Div sessions(ParticipantService participants) {
        String title = getTranslation("joining.dash.provider.title");
        var upcoming = participants.upcomingOfMyOrganisations(SHOWN);
        if (upcoming.isEmpty()) {
            return new Div(block("block-sessions", title, empty(getTranslation("joining.dash.provider.none"))));
        }
        var list = rows();
        upcoming.forEach(s -> list.add(row(
                s.title(),
                "provider/participants/" + s.opportunityId() + "/"
                        + s.startsAt().getEpochSecond(),
                dateTime(s.startsAt(), getLocale()) + " · "
                        + getTranslation("joining.dash.provider.counts", s.joined(), s.waiting()))));
        return new Div(block("block-sessions", title, list));
    }

    /** The same start as the quick action, where an empty block asks for it. */
    private Button startButton() {
        return new Button(getTranslation("opportunity.new"), e -> newOpportunity.click());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.provider");
    }
}
