package org.mesta.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import org.mesta.base.Role;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.pathway.JoiningService;
import org.mesta.pathway.JoiningService.MySession;
import org.mesta.pathway.Participant;

/** The learner's sessions: those to come (joined or waiting, with Leave) and those past (checked in or not). */
@Route("my/sessions")
@Menu(title = "joining.my.menu", order = 12, icon = "vaadin:calendar-user")
@RolesAllowed(Role.LEARNER_)
public class MySessionsView extends Main implements HasDynamicTitle {

    private final JoiningService joining;
    private final Div upcoming = new Div();
    private final Div past = new Div();

    MySessionsView(JoiningService joining) {
        this.joining = joining;
        addClassNames("mesta-narrow", LumoUtility.Padding.MEDIUM, "joining-my");
        upcoming.setId("my-upcoming-sessions");
        past.setId("my-past-sessions");
        add(new H2(getTranslation("joining.my.title")));
        add(new H3(getTranslation("joining.my.upcoming")), upcoming);
        add(new H3(getTranslation("joining.my.past")), past);
        fill();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.my.title");
    }

    private void fill() {
        upcoming.removeAll();
        past.removeAll();
        Instant now = Instant.now();
        List<MySession> mine = joining.mySessions();
        mine.stream().filter(m -> m.startsAt().isAfter(now)).forEach(m -> upcoming.add(row(m, true)));
        mine.stream().filter(m -> !m.startsAt().isAfter(now)).forEach(m -> past.add(row(m, false)));
        if (upcoming.getChildren().findAny().isEmpty()) {
            Anchor find = new Anchor("learner", getTranslation("joining.my.find"));
            upcoming.add(new Paragraph(getTranslation("joining.my.none-upcoming")), new Paragraph(find));
        }
        if (past.getChildren().findAny().isEmpty()) {
            past.add(new Paragraph(getTranslation("joining.my.none-past")));
        }
    }

    private Div row(MySession m, boolean toCome) {
        long key = m.startsAt().getEpochSecond();
        Div row = new Div();
        row.addClassName("joining-session");
        row.setId("my-session-" + m.opportunityId() + "-" + key);
        Anchor title = new Anchor("opportunities/" + m.opportunityId(), m.title());
        title.addClassName("joining-title");
        Span when = new Span(SessionTimes.when(m.startsAt(), m.endsAt(), ClientTime.zone(), getLocale()));
        when.addClassName("joining-when");
        Span state = new Span(state(m, toCome));
        state.getElement()
                .getThemeList()
                .add(m.checkedIn() || m.status() == Participant.Status.JOINED && toCome ? "badge success" : "badge");
        row.add(title, when, state);
        if (toCome) {
            Button leave = new Button(getTranslation("joining.sessions.leave"), e -> {
                if (Notifications.attempt(() -> joining.leave(m.opportunityId(), m.startsAt()))) {
                    Notifications.success(getTranslation("joining.sessions.left-done"));
                    fill();
                }
            });
            leave.setId("my-leave-" + m.opportunityId() + "-" + key);
            row.add(leave);
        }
        return row;
    }

    private String state(MySession m, boolean toCome) {
        if (!toCome) {
            return getTranslation(m.checkedIn() ? "joining.my.checked-in" : "joining.my.not-checked-in");
        }
        return m.status() == Participant.Status.WAITING
                ? getTranslation("joining.sessions.you-wait", m.position())
                : getTranslation("joining.sessions.you-joined");
    }
}
