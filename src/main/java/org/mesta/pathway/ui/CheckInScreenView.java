package org.mesta.pathway.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Qr;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.SvgImage;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.pathway.Participant;
import org.mesta.pathway.ParticipantService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The organiser's check-in screen for one session, for a projector or a phone held up: a QR code that changes every
 * 30 seconds (a signed code valid for about a minute) and who has checked in so far. The browser asks every few
 * seconds (polling), so it works behind any proxy.
 */
@Route("provider/check-in/:opportunity([0-9]+)/:start([0-9]+)")
@RolesAllowed(Role.PROVIDER_)
public class CheckInScreenView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 3000;

    private final ParticipantService service;
    private final CityService cities;
    private final H2 heading = new H2();
    private final Paragraph when = new Paragraph();
    private final SvgImage qr = new SvgImage("", "min(80vw, 22rem)");
    private final Span count = new Span();
    private final UnorderedList came = new UnorderedList();
    private final Anchor back = new Anchor();

    private @Nullable PublicOpportunity opportunity;
    private @Nullable Instant start;
    private Instant nextCode = Instant.EPOCH;
    private String shownUrl = "";
    private @Nullable Registration polling;

    CheckInScreenView(ParticipantService service, CityService cities) {
        this.service = service;
        this.cities = cities;
        addClassNames(LumoUtility.Padding.MEDIUM, "joining-check-in-screen");
        heading.setId("check-in-title");
        qr.setId("check-in-qr");
        qr.addClassName("joining-qr");
        count.setId("check-in-count");
        came.setId("checked-in-names");
        back.setText(getTranslation("joining.organiser.back-to-list"));
        back.setId("back-to-participants");
        Paragraph hint = new Paragraph(getTranslation("joining.screen.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Div side = new Div(count, came);
        side.addClassName("joining-came");
        add(new Paragraph(back), heading, when, hint, qr, side);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("opportunity").orElseThrow(NotFoundException::new);
        Instant at = event.getRouteParameters()
                .getLong("start")
                .map(Instant::ofEpochSecond)
                .orElseThrow(NotFoundException::new);
        try {
            opportunity = service.opportunity(id);
            service.checkInCode(id, at);
        } catch (UserError | AccessDeniedException e) {
            throw new NotFoundException();
        }
        start = at;
        ZoneId zone = cities.findCity(opportunity.cityId())
                .map(c -> ZoneId.of(c.getTimeZone()))
                .orElse(ZoneId.of("UTC"));
        PublicOpportunity.Meeting m = opportunity.meetings().stream()
                .filter(x -> at.equals(x.startsAt()))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        heading.setText(getTranslation(
                "joining.screen.title",
                opportunity.texts(TranslationProvider.tag(getLocale())).title()));
        when.setText(SessionTimes.when(m.startsAt(), m.endsAt(), zone, getLocale()));
        back.setHref("provider/participants/" + id + "/" + at.getEpochSecond());
        nextCode = Instant.EPOCH;
        update();
    }

    /** A new code when its time is up, and who has come so far. */
    void update() {
        if (opportunity == null || start == null) return;
        if (!Instant.now().isBefore(nextCode)) {
            ParticipantService.CheckInCode code = service.checkInCode(opportunity.id(), start);
            shownUrl = code.url();
            nextCode = code.nextAt();
            qr.setSvg(Qr.svg(code.url(), getTranslation("joining.screen.qr-label")));
        }
        List<Participant> people = service.participants(opportunity.id(), start);
        long joined = people.stream()
                .filter(p -> p.getStatus() == Participant.Status.JOINED)
                .count();
        List<Participant> checked =
                people.stream().filter(Participant::isCheckedIn).toList();
        count.setText(getTranslation("joining.screen.count", checked.size(), joined));
        came.removeAll();
        checked.forEach(p -> came.add(new ListItem(p.getDisplayName())));
    }

    /** The address the code shown now stands for (tests compare it with what the QR code says). */
    String shownUrl() {
        return shownUrl;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(e -> update());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) polling.remove();
        polling = null;
        detach.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.screen.page-title");
    }
}
