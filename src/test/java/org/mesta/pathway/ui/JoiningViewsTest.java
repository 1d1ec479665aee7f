package org.mesta.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;
import static org.mesta.pathway.JoiningTestData.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.BadgeService;
import org.mesta.city.CityService;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.ui.OpportunityDetailView;
import org.mesta.pathway.JoiningTestData;
import org.mesta.pathway.ParticipantService;
import org.mesta.security.RegistrationService;
import org.mesta.workspace.LearnerWorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class JoiningViewsTest extends ViewTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities published;

    @Autowired
    BadgeService badges;

    @Autowired
    RegistrationService registration;

    @Autowired
    CityService cities;

    @Autowired
    ParticipantService organiser;

    long ljubljana;

    @BeforeEach
    void city() {
        ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    private PublicOpportunity opportunity(Integer capacity, LocalDateTime... starts) {
        return JoiningTestData.published(
                users, opportunities, moderation, published, badges, capacity, false, false, starts);
    }

    private static long key(LocalDateTime local) {
        return local.atZone(LJUBLJANA).toEpochSecond();
    }

    @Test
    void visitors_see_the_sessions_with_places_and_are_asked_to_sign_in() {
        LocalDateTime start = inDays(4, 17);
        PublicOpportunity o = opportunity(10, start);
        SecurityContextHolder.clearContext();
        english();
        navigate(OpportunityDetailView.class, o.id());
        assertThat($(Span.class).id("places-" + key(start)).getText()).isEqualTo("10 places left");
        assertThat($(Anchor.class).id("sign-in-to-join").getHref()).isEqualTo("sessions/join/" + o.id());
        assertThat($(Anchor.class).id("calendar-" + key(start)).getHref())
                .isEqualTo("/api/sessions/" + o.id() + "/" + key(start) + ".ics?lang=en");
        assertThat($(Button.class).all())
                .noneMatch(b -> ("join-" + key(start)).equals(b.getId().orElse("")));
    }

    @Test
    void a_learner_joins_on_the_public_page_sees_it_in_my_sessions_and_on_the_dashboard_then_leaves() {
        LocalDateTime start = inDays(4, 18);
        PublicOpportunity o = opportunity(1, start);
        String ana = JoiningTestData.learner(registration, ljubljana, "Ana");
        login(ana);
        english();
        navigate(OpportunityDetailView.class, o.id());
        test($(Button.class).id("join-" + key(start))).click();
        assertThat($(Span.class).id("my-place-" + key(start)).getText()).isEqualTo("You are in");
        assertThat($(Span.class).id("places-" + key(start)).getText()).startsWith("Full");

        navigate(LearnerWorkspaceView.class);
        assertThat(text($(com.vaadin.flow.component.html.Section.class).id("block-next-sessions")))
                .contains(o.texts("sl").title());

        navigate(MySessionsView.class);
        Div upcoming = $(Div.class).id("my-upcoming-sessions");
        assertThat(text(upcoming)).contains(o.texts("sl").title()).contains("You are in");
        test($(Button.class).id("my-leave-" + o.id() + "-" + key(start))).click();
        assertThat(text($(Div.class).id("my-upcoming-sessions"))).contains("not joined any session");
    }

    @Test
    void the_organiser_ticks_names_messages_and_opens_the_rotating_check_in_code() {
        LocalDateTime start = inDays(4, 19);
        PublicOpportunity o = opportunity(null, start);
        String ana = JoiningTestData.learner(registration, ljubljana, "Ana Participant");
        login(ana);
        navigate(OpportunityDetailView.class, o.id());
        test($(Button.class).id("join-" + key(start))).click();

        login(PROVIDER);
        english();
        ParticipantsView list = navigate("provider/participants/" + o.id() + "/" + key(start), ParticipantsView.class);
        assertThat($(Span.class).id("participant-counts").getText()).isEqualTo("1 joined · 0 waiting · 0 checked in");
        Checkbox tick =
                $(Checkbox.class).from($(Div.class).id("participant-list")).first();
        assertThat(tick.getLabel()).isEqualTo("Ana Participant");
        test(tick).click();
        assertThat($(Span.class).id("participant-counts").getText()).endsWith("1 checked in");
        assertThat($(Anchor.class).id("participants-csv").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("open-check-in").getHref())
                .isEqualTo("provider/check-in/" + o.id() + "/" + key(start));
        test($(TextArea.class).id("message-text")).setValue("Bring comfortable shoes.");
        test($(Button.class).id("message-send")).click();
        assertThat(notifications()).anyMatch(n -> n.contains("Sent to 1 participant"));
        assertThat(list).isNotNull();

        CheckInScreenView screen = navigate("provider/check-in/" + o.id() + "/" + key(start), CheckInScreenView.class);
        assertThat(screen.shownUrl()).contains("/checkin/" + o.id() + "." + key(start) + ".");
        assertThat($(Div.class).id("check-in-qr").getElement().getProperty("innerHTML"))
                .contains("<svg");
        assertThat($(Span.class).id("check-in-count").getText()).isEqualTo("1 of 1 checked in");
    }

    @Test
    void scanning_the_code_checks_in_and_a_second_scan_of_it_is_refused() {
        LocalDateTime start = inDays(4, 20);
        PublicOpportunity o = opportunity(null, start);
        String ana = JoiningTestData.learner(registration, ljubljana, "Ana");
        login(ana);
        navigate(OpportunityDetailView.class, o.id());
        test($(Button.class).id("join-" + key(start))).click();
        login(PROVIDER);
        String url =
                organiser.checkInCode(o.id(), Instant.ofEpochSecond(key(start))).url();
        String path = url.substring(url.indexOf("checkin/"));

        login(ana);
        english();
        navigate(path, CheckInView.class);
        assertThat($(Paragraph.class).id("check-in-answer").getElement().getAttribute("data-result"))
                .isEqualTo("checked_in");
        navigate(MySessionsView.class);
        navigate(path, CheckInView.class);
        Paragraph answer = $(Paragraph.class).id("check-in-answer");
        assertThat(answer.getElement().getAttribute("data-result")).isEqualTo("refused");
        assertThat(answer.getText()).contains("already used");
    }
}
