package org.mesta.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.Notifications;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.pathway.JoiningService;
import org.mesta.pathway.JoiningService.SessionInfo;
import org.mesta.pathway.Participant;

/**
 * The sessions still to come on an opportunity's page: when, places left, and the visitor's own place with Join,
 * Leave or their waiting position; "Add to calendar" for each; visitors are asked to sign in first.
 */
class SessionList extends Div {

    private final JoiningService joining;
    private final PublicOpportunity opportunity;
    private final ZoneId zone;
    private final Div rows = new Div();

    SessionList(JoiningService joining, PublicOpportunity opportunity, ZoneId zone) {
        this.joining = joining;
        this.opportunity = opportunity;
        this.zone = zone;
        setId("sessions");
        addClassName("joining-sessions");
        add(new H3(getTranslation("joining.sessions.title")));
        if (MestaUser.current().isEmpty()) {
            Anchor signIn = new Anchor("sessions/join/" + opportunity.id(), getTranslation("joining.sessions.sign-in"));
            signIn.setId("sign-in-to-join");
            signIn.addClassName("joining-action");
            add(new Paragraph(signIn));
        }
        add(rows);
        fill();
    }

    private void fill() {
        rows.removeAll();
        List<SessionInfo> sessions = joining.upcoming(opportunity);
        if (sessions.isEmpty()) {
            rows.add(new Paragraph(getTranslation("joining.sessions.none")));
            return;
        }
        boolean learner = MestaUser.current().map(u -> u.has(Role.LEARNER)).orElse(false);
        sessions.forEach(s -> rows.add(row(s, learner)));
    }

    private Div row(SessionInfo s, boolean learner) {
        long key = s.startsAt().getEpochSecond();
        Div row = new Div();
        row.setId("session-" + key);
        row.addClassName("joining-session");
        Span when = new Span(SessionTimes.when(s.startsAt(), s.endsAt(), zone, getLocale()));
        when.addClassName("joining-when");
        Long left = s.placesLeft();
        Span places = new Span(
                left == null
                        ? getTranslation("joining.sessions.unlimited")
                        : left == 0
                                ? getTranslation("joining.sessions.full", s.waiting())
                                : getTranslation("joining.sessions.left", left));
        places.setId("places-" + key);
        places.addClassName("joining-places");
        row.add(when, places);
        Div actions = new Div();
        actions.addClassName("joining-actions");
        Participant.Status status = s.myStatus();
        if (status == Participant.Status.JOINED || status == Participant.Status.WAITING) {
            Span mine = new Span(
                    status == Participant.Status.JOINED
                            ? getTranslation("joining.sessions.you-joined")
                            : getTranslation("joining.sessions.you-wait", s.myPosition()));
            mine.setId("my-place-" + key);
            mine.getElement().getThemeList().add(status == Participant.Status.JOINED ? "badge success" : "badge");
            Button leave = new Button(getTranslation("joining.sessions.leave"), e -> {
                if (Notifications.attempt(() -> joining.leave(opportunity.id(), s.startsAt()))) {
                    Notifications.success(getTranslation("joining.sessions.left-done"));
                    fill();
                }
            });
            leave.setId("leave-" + key);
            actions.add(mine, leave);
        } else if (learner) {
            Button join = new Button(
                    getTranslation(
                            left != null && left == 0 ? "joining.sessions.join-waiting" : "joining.sessions.join"),
                    e -> {
                        if (Notifications.attempt(() -> {
                            SessionInfo now = joining.join(opportunity.id(), s.startsAt());
                            Notifications.success(
                                    now.myStatus() == Participant.Status.JOINED
                                            ? getTranslation("joining.sessions.joined-done")
                                            : getTranslation("joining.sessions.waiting-done", now.myPosition()));
                        })) {
                            fill();
                        }
                    });
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setId("join-" + key);
            actions.add(join);
        }
        Anchor calendar = new Anchor(
                SessionCalendarLink.path(opportunity.id(), s.startsAt(), TranslationProvider.tag(getLocale())),
                getTranslation("joining.sessions.calendar"));
        calendar.setId("calendar-" + key);
        calendar.getElement().setAttribute("download", true);
        calendar.getElement().setAttribute("router-ignore", true);
        calendar.addClassName("joining-action");
        actions.add(calendar);
        row.add(actions);
        return row;
    }
}
