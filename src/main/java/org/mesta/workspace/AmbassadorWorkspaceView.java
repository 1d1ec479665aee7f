package org.mesta.workspace;

import static org.mesta.workspace.Dashboard.*;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.mesta.base.Role;
import org.mesta.base.ui.ClientTime;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.ui.BoardView;
import org.mesta.campaign.ui.CampaignView;
import org.mesta.campaign.ui.RecommendationsView;
import org.mesta.inbox.InboxService;
import org.mesta.inbox.Notice;

/** The ambassador's home: the next task of each of their campaigns by due date, and who mentioned them. */
@Route("ambassador")
@Menu(title = "nav.ambassador", order = 30, icon = "vaadin:megaphone")
@RolesAllowed(Role.AMBASSADOR_)
public class AmbassadorWorkspaceView extends RoleWorkspace {

    static final int SHOWN = 5;
    /** How many of the newest notices are searched for mentions (the inbox keeps 90 days). */
    private static final int NOTICES_READ = 50;

    static final String MENTION = "notice.campaign.mention";

    final Anchor board;

    AmbassadorWorkspaceView(BoardService campaigns, InboxService inbox) {
        super("ambassador");
        List<BoardService.BoardCard> mine = campaigns.board(new BoardService.BoardFilter(true, null, null, null));
        long open = mine.stream().mapToLong(c -> c.tasksTotal() - c.tasksDone()).sum();
        add(figures(
                figure(
                        "figure-campaigns",
                        mine.size(),
                        getTranslation("dash.ambassador.figure.campaigns"),
                        url(BoardView.class)),
                figure("figure-tasks", open, getTranslation("dash.ambassador.figure.tasks"), url(BoardView.class))));
        board = action(getTranslation("workspace.ambassador.board", mine.size()), url(BoardView.class));
        Anchor library = action(getTranslation("recommendation.library"), url(RecommendationsView.class));
        Div links = new Div(board, library);
        links.addClassNames("mesta-quick-actions");
        add(links);
        List<Notice.Shown> mentions = inbox.recent(NOTICES_READ).stream()
                .filter(n -> MENTION.equals(n.messageKey()))
                .limit(SHOWN)
                .toList();
        add(blocks(tasks(mine), mentions(mentions)));
    }

    private Div tasks(List<BoardService.BoardCard> mine) {
        String title = getTranslation("dash.ambassador.tasks.title");
        if (mine.isEmpty()) {
            return new Div(block(
                    "block-tasks",
                    title,
                    empty(
                            getTranslation("dash.ambassador.tasks.no-campaign"),
                            action(getTranslation("dash.ambassador.tasks.open-board"), url(BoardView.class)))));
        }
        LocalDate today = LocalDate.now(ClientTime.zone());
        var list = rows();
        mine.stream()
                .sorted(Comparator.comparing(
                        BoardService.BoardCard::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(SHOWN)
                .forEach(c -> {
                    String detail = c.nextTask() == null
                            ? getTranslation("dash.ambassador.tasks.none-open")
                            : c.nextDue() == null
                                    ? getTranslation("dash.ambassador.tasks.next", c.nextTask())
                                    : getTranslation(
                                            "dash.ambassador.tasks.next-due",
                                            c.nextTask(),
                                            date(c.nextDue(), getLocale()));
                    ListItem item = row(c.title(), url(CampaignView.class, c.id()), detail);
                    if (c.nextDue() != null && c.nextDue().isBefore(today)) {
                        Span late = new Span(getTranslation("dash.ambassador.tasks.overdue"));
                        late.getElement().getThemeList().add("badge error");
                        item.add(late);
                    }
                    list.add(item);
                });
        return new Div(block("block-tasks", title, list));
    }

    private Div mentions(List<Notice.Shown> mentions) {
        String title = getTranslation("dash.ambassador.mentions.title");
        if (mentions.isEmpty()) {
            return new Div(block("block-mentions", title, empty(getTranslation("dash.ambassador.mentions.none"))));
        }
        var list = rows();
        for (Notice.Shown n : mentions) {
            list.add(row(
                    getTranslation(n.messageKey(), n.args().toArray()),
                    n.link(),
                    dateTime(n.createdAt(), getLocale())));
        }
        return new Div(block("block-mentions", title, list));
    }
}
