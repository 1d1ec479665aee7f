package org.mesta.workspace;

import static org.mesta.workspace.Dashboard.*;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.opportunity.DashboardFigures;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.ui.ModerationDetailView;
import org.mesta.opportunity.ui.ModerationQueueView;
import org.mesta.pathway.PathwayService;
import org.mesta.pathway.ui.PathwayModerationView;

/** The moderator's home: how many wait, the longest-waiting first with how long, and the latest decisions. */
@Route("moderation")
@Menu(title = "nav.moderator", order = 20, icon = "vaadin:check-square-o")
@RolesAllowed(Role.MODERATOR_)
public class ModeratorWorkspaceView extends RoleWorkspace {

    static final int SHOWN = 5;

    ModeratorWorkspaceView(DashboardFigures opportunities, PathwayService pathways) {
        super("moderator");
        DashboardFigures.ModeratorWork work = opportunities.moderatorWork(TranslationProvider.tag(getLocale()), SHOWN);
        add(figures(
                figure(
                        "figure-waiting",
                        work.waiting(),
                        getTranslation("dash.moderator.figure.waiting"),
                        url(ModerationQueueView.class)),
                figure(
                        "figure-pathways-waiting",
                        pathways.queueCount(),
                        getTranslation("dash.moderator.figure.pathways"),
                        url(PathwayModerationView.class))));
        add(blocks(queue(work), decisions(work)));
    }

    private Div queue(DashboardFigures.ModeratorWork work) {
        String title = getTranslation("dash.moderator.queue.title");
        if (work.oldest().isEmpty()) {
            return new Div(block("block-queue", title, empty(getTranslation("dash.moderator.queue.none"))));
        }
        var list = rows();
        Instant now = Instant.now();
        String language = TranslationProvider.tag(getLocale());
        for (Opportunity o : work.oldest()) {
            String name = o.title(language).isBlank() ? getTranslation("opportunity.untitled") : o.title(language);
            ListItem item = row(name, url(ModerationDetailView.class, o.getId()), waiting(o.getSubmittedAt(), now));
            list.add(item);
        }
        return new Div(block(
                "block-queue",
                title,
                list,
                action(getTranslation("dash.moderator.queue.all", work.waiting()), url(ModerationQueueView.class))));
    }

    /** "waiting 3 days" (or hours, under a day): the age moderators sort by in their heads. */
    private String waiting(Instant submitted, Instant now) {
        if (submitted == null) return "";
        Duration age = Duration.between(submitted, now);
        return age.toDays() >= 1
                ? getTranslation("dash.moderator.waiting-days", age.toDays())
                : getTranslation("dash.moderator.waiting-hours", Math.max(0, age.toHours()));
    }

    private Div decisions(DashboardFigures.ModeratorWork work) {
        String title = getTranslation("dash.moderator.decisions.title");
        if (work.decisions().isEmpty()) {
            return new Div(block("block-decisions", title, empty(getTranslation("dash.moderator.decisions.none"))));
        }
        var list = rows();
        for (DashboardFigures.Decided d : work.decisions()) {
            String name = d.title().isBlank() ? getTranslation("opportunity.untitled") : d.title();
            ListItem item = row(
                    name,
                    url(ModerationDetailView.class, d.opportunityId()),
                    getTranslation("dash.moderator.decided-by", d.moderator(), dateTime(d.at(), getLocale())));
            Span decision = new Span(getTranslation(d.decision().translationKey()));
            decision.getElement()
                    .getThemeList()
                    .add(
                            switch (d.decision()) {
                                case APPROVED -> "badge success";
                                case REJECTED, CHANGES_REQUESTED -> "badge error";
                                default -> "badge";
                            });
            item.add(decision);
            list.add(item);
        }
        return new Div(block("block-decisions", title, list));
    }
}
