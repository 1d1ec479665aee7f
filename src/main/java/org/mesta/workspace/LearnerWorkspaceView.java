package org.mesta.workspace;

import static org.mesta.workspace.Dashboard.*;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.mesta.badge.MyBadgesService;
import org.mesta.badge.ui.ClaimView;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.Card;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicQuery;
import org.mesta.opportunity.ui.CardDates;
import org.mesta.opportunity.ui.CityOpportunitiesView;
import org.mesta.opportunity.ui.OpportunityDetailView;
import org.mesta.pathway.EnrolmentService;
import org.mesta.pathway.JoiningService;
import org.mesta.pathway.Participant;
import org.mesta.pathway.PathwayProgress;
import org.mesta.pathway.ui.MyPathwaysView;
import org.mesta.pathway.ui.MySessionsView;
import org.mesta.pathway.ui.PathwayPageView;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.mesta.security.EmailConfirmationService;
import org.mesta.security.GuardianConsentService;
import org.mesta.security.ui.AccountNotices;
import org.mesta.wallet.WalletService;
import org.mesta.wallet.ui.WalletView;

/**
 * The learner's home: what is on in their city this week (for their age, when we know it), their badges and
 * applications with the answers, and their next sessions.
 */
@Route("learner")
@Menu(title = "nav.learner", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed(Role.LEARNER_)
public class LearnerWorkspaceView extends RoleWorkspace {

    static final int SHOWN = 5;
    static final int NEXT_SESSIONS = 3;
    /** More than this many this week is shown as "99+"; counting further would only cost. */
    private static final int COUNTED = 100;

    LearnerWorkspaceView(
            AccountService accounts,
            CityService cities,
            PublicOpportunities opportunities,
            MyBadgesService awards,
            WalletService wallet,
            EmailConfirmationService confirmation,
            GuardianConsentService consent,
            JoiningService joining,
            EnrolmentService pathways) {
        super("learner");
        Account me = accounts.me();
        add(new AccountNotices(me, confirmation, consent));
        Integer age = me.ageOn(LocalDate.now(ClientTime.zone()));
        City city = cities.findCity(user.cityId()).orElse(null);
        String language = TranslationProvider.tag(getLocale());

        List<Card> week = List.of();
        if (city != null) {
            LocalDate today = LocalDate.now(ClientTime.zone());
            week = opportunities.cards(new PublicQuery(
                    city.getId(), null, null, null, null, null, false, age, today, today.plusDays(6), COUNTED));
        }
        MyBadgesService.LearnerBadges badges = awards.learnerBadges(SHOWN);
        String cityPage =
                city == null ? url(LearnerWorkspaceView.class) : url(CityOpportunitiesView.class, city.getSlug());

        add(figures(
                figure("figure-week", week.size(), getTranslation("dash.learner.figure.week"), cityPage),
                figure(
                        "figure-badges",
                        badges.held(),
                        getTranslation("dash.learner.figure.badges"),
                        url(WalletView.class)),
                // New badges waiting in the wallet for the learner to accept them.
                figure(
                        "figure-waiting",
                        wallet.waiting(),
                        getTranslation("wallet.dash.waiting"),
                        url(WalletView.class))));
        add(blocks(
                nextSessions(joining, cityPage),
                thisWeek(city, age, week, cityPage, language),
                myPathways(pathways.mine(language), city),
                applications(badges, cityPage)));
        add(new CityOverview(cities, user.cityId()));
    }

    /** The next three sessions they joined or wait for, each linking to its opportunity. */
    private Div nextSessions(JoiningService joining, String cityPage) {
        String title = getTranslation("joining.dash.learner.title");
        List<JoiningService.MySession> next = joining.nextSessions(NEXT_SESSIONS);
        if (next.isEmpty()) {
            return new Div(block(
                    "block-next-sessions",
                    title,
                    empty(
                            getTranslation("joining.dash.learner.none"),
                            action(getTranslation("joining.dash.learner.find"), cityPage))));
        }
        var list = rows();
        next.forEach(m -> list.add(row(
                m.title(),
                url(OpportunityDetailView.class, m.opportunityId()),
                dateTime(m.startsAt(), getLocale())
                        + (m.status() == Participant.Status.WAITING
                                ? " · " + getTranslation("joining.sessions.you-wait", m.position())
                                : ""))));
        return new Div(block(
                "block-next-sessions",
                title,
                list,
                action(getTranslation("joining.dash.learner.all"), url(MySessionsView.class))));
    }

    private Div thisWeek(City city, Integer age, List<Card> week, String cityPage, String language) {
        if (city == null) {
            return new Div(block(
                    "block-week",
                    getTranslation("dash.learner.week.title-no-city"),
                    empty(getTranslation("workspace.no-city"))));
        }
        String title = getTranslation(
                age == null ? "dash.learner.week.title" : "dash.learner.week.title-age",
                city.name(getLocale()),
                age == null ? 0 : age);
        if (week.isEmpty()) {
            return new Div(block(
                    "block-week",
                    title,
                    empty(
                            getTranslation("dash.learner.week.none"),
                            action(getTranslation("dash.learner.week.all", city.name(getLocale())), cityPage))));
        }
        var list = rows();
        week.stream().limit(SHOWN).forEach(c -> {
            Card.Shown shown = c.shown(language);
            String when = CardDates.when(this, c, getLocale(), ClientTime.zone());
            list.add(row(
                    shown.title(),
                    url(OpportunityDetailView.class, c.id()),
                    String.join(
                            " · ",
                            List.of(when, shown.organisation()).stream()
                                    .filter(s -> !s.isBlank())
                                    .toList())));
        });
        return new Div(block(
                "block-week",
                title,
                list,
                action(getTranslation("dash.learner.week.all", city.name(getLocale())), cityPage)));
    }

    /** The pathways the learner follows with their progress, or the way to the city's pathways. */
    private Div myPathways(List<EnrolmentService.Followed> followed, City city) {
        String title = getTranslation("dash.learner.pathways.title");
        String cityPathways = city == null
                ? url(MyPathwaysView.class)
                : url(CityOpportunitiesView.class, city.getSlug()) + "?tab=pathways";
        if (followed.isEmpty()) {
            return new Div(block(
                    "block-pathways",
                    title,
                    empty(
                            getTranslation("pathway.mine.none"),
                            action(getTranslation("pathway.mine.find"), cityPathways))));
        }
        var list = rows();
        followed.stream().limit(SHOWN).forEach(f -> {
            PathwayProgress p = f.progress();
            list.add(row(
                    f.pathway().title(),
                    url(PathwayPageView.class, f.pathway().id()),
                    p.complete()
                            ? getTranslation("pathway.progress.complete")
                            : getTranslation("pathway.progress", p.unitsDone(), p.units())));
        });
        return new Div(block(
                "block-pathways", title, list, action(getTranslation("nav.pathways.mine"), url(MyPathwaysView.class))));
    }

    private Div applications(MyBadgesService.LearnerBadges badges, String cityPage) {
        String title = getTranslation("dash.learner.applications.title");
        if (badges.latestApplications().isEmpty()) {
            return new Div(block(
                    "block-applications",
                    title,
                    empty(
                            getTranslation("dash.learner.applications.none"),
                            action(getTranslation("dash.learner.applications.find"), cityPage),
                            action(getTranslation("dash.learner.applications.claim"), url(ClaimView.class)))));
        }
        var list = rows();
        for (MyBadgesService.MyApplication app : badges.latestApplications()) {
            ListItem item = row(
                    app.badgeName(),
                    url(WalletView.class) + "#my-applications",
                    getTranslation("dash.learner.applications.sent", dateTime(app.submittedAt(), getLocale())));
            Span status = new Span(getTranslation(app.status().translationKey()));
            status.getElement()
                    .getThemeList()
                    .add(
                            switch (app.status()) {
                                case APPROVED -> "badge success";
                                case RETURNED -> "badge error";
                                default -> "badge";
                            });
            item.add(status);
            if (app.feedback() != null) {
                Span answer = new Span(getTranslation("application.feedback", app.feedback()));
                answer.addClassNames("mesta-row-detail");
                item.add(answer);
            }
            list.add(item);
        }
        return new Div(block(
                "block-applications",
                title,
                list,
                action(getTranslation("dash.learner.applications.all"), url(WalletView.class))));
    }
}
