package org.mesta.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.BadgeService;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.pathway.Participant;
import org.mesta.pathway.ParticipantService;
import org.mesta.pathway.ParticipantService.OrganiserSession;
import org.springframework.security.access.AccessDeniedException;

/**
 * The organiser's list for one session of their opportunity: who joined, waits, cancelled or came; tick names to
 * check them in; open the QR check-in screen; write to everyone; download the list; award the badge to those who
 * came. Built once, filled for each opportunity and session.
 */
@Route("provider/participants/:opportunity([0-9]+)/:start?([0-9]+)")
@RolesAllowed(Role.PROVIDER_)
public class ParticipantsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipantService service;
    private final BadgeService badges;
    private final CityService cities;

    private final H2 heading = new H2();
    private final Select<OrganiserSession> session = new Select<>();
    private final Span counts = new Span();
    private final Anchor checkInScreen = new Anchor();
    private final Anchor csv = new Anchor();
    private final Div list = new Div();
    private final TextArea message = new TextArea();
    private final Button send = new Button();
    private final Select<Long> badge = new Select<>();
    private final Button award = new Button();
    private final Div awardPart = new Div();

    private @Nullable PublicOpportunity opportunity;
    private @Nullable Instant start;
    private ZoneId zone = ZoneId.of("UTC");
    private boolean filling;

    ParticipantsView(ParticipantService service, BadgeService badges, CityService cities) {
        this.service = service;
        this.badges = badges;
        this.cities = cities;
        addClassNames("mesta-narrow", LumoUtility.Padding.MEDIUM, "joining-participants");
        Anchor back = new Anchor("provider/opportunities", getTranslation("joining.organiser.back"));
        heading.setId("participants-heading");
        session.setId("session-picker");
        session.setLabel(getTranslation("joining.organiser.session"));
        session.setWidthFull();
        session.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null && opportunity != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        ParticipantsView.class,
                        new RouteParameters(Map.of(
                                "opportunity", String.valueOf(opportunity.id()),
                                "start", String.valueOf(e.getValue().startsAt().getEpochSecond())))));
            }
        });
        counts.setId("participant-counts");
        checkInScreen.setText(getTranslation("joining.organiser.open-check-in"));
        checkInScreen.setId("open-check-in");
        checkInScreen.addClassName("joining-action");
        csv.setText(getTranslation("joining.organiser.csv"));
        csv.setId("participants-csv");
        csv.addClassName("joining-action");
        list.setId("participant-list");
        list.addClassName("joining-list");

        message.setId("message-text");
        message.setLabel(getTranslation("joining.organiser.message"));
        message.setMaxLength(ParticipantService.MAX_MESSAGE);
        message.setWidthFull();
        send.setText(getTranslation("joining.organiser.send"));
        send.setId("message-send");
        send.addClickListener(e -> send());

        badge.setId("award-badge");
        badge.setLabel(getTranslation("joining.organiser.award-badge"));
        award.setText(getTranslation("joining.organiser.award"));
        award.setId("award-checked-in");
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.addClickListener(e -> award());
        awardPart.add(new H3(getTranslation("joining.organiser.award-title")), badge, award);
        awardPart.addClassName("joining-award");

        Div links = new Div(checkInScreen, csv);
        links.addClassName("joining-actions");
        add(
                new Paragraph(back),
                heading,
                session,
                counts,
                links,
                list,
                awardPart,
                new H3(getTranslation("joining.organiser.message-title")),
                message,
                send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("opportunity").orElseThrow(NotFoundException::new);
        try {
            opportunity = service.opportunity(id);
        } catch (UserError | AccessDeniedException e) {
            throw new NotFoundException();
        }
        zone = cities.findCity(opportunity.cityId())
                .map(c -> ZoneId.of(c.getTimeZone()))
                .orElse(ZoneId.of("UTC"));
        List<OrganiserSession> sessions = service.sessions(id);
        if (sessions.isEmpty()) throw new NotFoundException();
        Instant wanted = event.getRouteParameters()
                .getLong("start")
                .map(Instant::ofEpochSecond)
                .orElseGet(() -> nextOrLast(sessions));
        OrganiserSession chosen = sessions.stream()
                .filter(s -> s.startsAt().equals(wanted))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        start = chosen.startsAt();
        filling = true;
        session.setItems(sessions);
        session.setItemLabelGenerator(s -> SessionTimes.when(s.startsAt(), s.endsAt(), zone, getLocale()));
        session.setValue(chosen);
        filling = false;
        heading.setText(getTranslation("joining.organiser.title", chosen.title()));
        checkInScreen.setHref("provider/check-in/" + id + "/" + start.getEpochSecond());
        long startKey = start.getEpochSecond();
        csv.setHref(DownloadHandler.fromInputStream(request -> {
            byte[] bytes = service.csv(id, Instant.ofEpochSecond(startKey), getLocale())
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    "participants-" + id + "-" + startKey + ".csv",
                    "text/csv",
                    bytes.length);
        }));
        String lang = TranslationProvider.tag(getLocale());
        badge.setItems(opportunity.badges());
        badge.setItemLabelGenerator(b -> badges.get(b).texts(lang).name());
        if (!opportunity.badges().isEmpty()) badge.setValue(opportunity.badges().getFirst());
        badge.setVisible(opportunity.badges().size() > 1);
        awardPart.setVisible(
                !opportunity.badges().isEmpty() && !start.isAfter(Instant.now().plus(ParticipantService.AWARD_FROM)));
        fill();
    }

    private static Instant nextOrLast(List<OrganiserSession> sessions) {
        Instant soon = Instant.now().minusSeconds(6 * 3600);
        return sessions.stream()
                .map(OrganiserSession::startsAt)
                .filter(s -> s.isAfter(soon))
                .findFirst()
                .orElse(sessions.getLast().startsAt());
    }

    private void fill() {
        if (opportunity == null || start == null) return;
        list.removeAll();
        List<Participant> people = service.participants(opportunity.id(), start);
        long joined = people.stream()
                .filter(p -> p.getStatus() == Participant.Status.JOINED)
                .count();
        long waiting = people.stream()
                .filter(p -> p.getStatus() == Participant.Status.WAITING)
                .count();
        long came = people.stream().filter(Participant::isCheckedIn).count();
        counts.setText(getTranslation("joining.organiser.counts", joined, waiting, came));
        if (people.isEmpty()) {
            list.add(new Paragraph(getTranslation("joining.organiser.nobody")));
        }
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        for (Participant p : people) {
            Div row = new Div();
            row.addClassName("joining-person");
            row.setId("participant-" + p.getId());
            Span status = new Span(
                    p.isCheckedIn()
                            ? getTranslation("joining.status.checked-in", time.format(p.getCheckedInAt()))
                            : getTranslation(p.getStatus().translationKey()));
            status.addClassName("joining-status");
            status.getElement().getThemeList().add(p.isCheckedIn() ? "badge success" : "badge");
            if (p.getStatus() == Participant.Status.JOINED) {
                Checkbox tick = new Checkbox(p.getDisplayName(), p.isCheckedIn());
                tick.setId("tick-" + p.getId());
                tick.addValueChangeListener(e -> {
                    if (!e.isFromClient()) return;
                    if (Notifications.attempt(() -> service.tick(opportunity.id(), start, p.getId(), e.getValue()))) {
                        fill();
                    }
                });
                row.add(tick, status);
            } else {
                Span name = new Span(p.getDisplayName());
                name.addClassName("joining-name");
                row.add(name, status);
            }
            list.add(row);
        }
    }

    private void send() {
        if (opportunity == null || start == null) return;
        if (Notifications.attempt(() -> {
            int n = service.message(opportunity.id(), start, message.getValue());
            Notifications.success(getTranslation("joining.organiser.sent", n));
        })) {
            message.clear();
        }
    }

    private void award() {
        if (opportunity == null || start == null || badge.getValue() == null) return;
        Notifications.attempt(() -> {
            int n = service.awardCheckedIn(opportunity.id(), start, badge.getValue());
            Notifications.success(
                    getTranslation(n == 0 ? "joining.organiser.awarded-none" : "joining.organiser.awarded", n));
            fill();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.organiser.page-title");
    }
}
