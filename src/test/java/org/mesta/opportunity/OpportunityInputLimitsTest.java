package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.base.MestaUser;
import org.mesta.base.Problem;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** What the database cannot hold, or what a browser must never follow, is refused by the service itself. */
@SpringBootTest
@ActiveProfiles("test")
class OpportunityInputLimitsTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Opportunity draft() {
        SignedIn.as(users, SignedIn.PROVIDER);
        return service.create(MestaUser.require().organisationIds().iterator().next());
    }

    private static OpportunityDraft with(OpportunityDraft d, String title, String joinUrl, String onlineUrl) {
        return new OpportunityDraft(
                Map.of("sl", new Texts(title, "Povzetek", "")),
                d.type(),
                d.themes(),
                d.format(),
                d.startsAt(),
                d.endsAt(),
                d.ongoing(),
                d.location(),
                d.venue(),
                d.address(),
                onlineUrl,
                d.ageMin(),
                d.ageMax(),
                d.capacity(),
                d.free(),
                d.price(),
                d.languages(),
                d.access(),
                d.accessibilityNotes(),
                joinUrl,
                d.joinEmail(),
                d.joinPhone(),
                d.sessions());
    }

    @Test
    void a_title_longer_than_its_column_is_refused_even_by_autosave() {
        Opportunity o = draft();
        OpportunityDraft complete = OpportunityServiceTestData.complete("Ok");
        assertThatThrownBy(() -> service.saveDraft(
                        o.getId(),
                        o.getVersion(),
                        with(complete, "x".repeat(OpportunityRules.MAX_TITLE + 1), "https://example.org/join", null),
                        0))
                .isInstanceOf(UserError.class)
                .hasMessage("error.too-long");
        assertThat(service.draft(o.getId()).texts("sl").title()).isEmpty();

        Opportunity saved = service.saveDraft(
                o.getId(),
                o.getVersion(),
                with(complete, "x".repeat(OpportunityRules.MAX_TITLE), "https://example.org/join", null),
                0);
        assertThat(saved.title("sl")).hasSize(OpportunityRules.MAX_TITLE);
    }

    @Test
    void a_javascript_link_is_refused_as_join_link_and_as_online_link() {
        Opportunity o = draft();
        OpportunityDraft complete = OpportunityServiceTestData.complete("Povezave");
        assertThatThrownBy(() -> service.saveDraft(
                        o.getId(),
                        o.getVersion(),
                        with(complete, "Povezave", "javascript:alert(document.cookie)", null),
                        0))
                .isInstanceOf(UserError.class)
                .hasMessage("error.url");
        assertThatThrownBy(() -> service.saveDraft(
                        o.getId(),
                        o.getVersion(),
                        with(complete, "Povezave", "https://example.org/join", "JavaScript:alert(1)"),
                        0))
                .isInstanceOf(UserError.class)
                .hasMessage("error.url");
        assertThat(OpportunityRules.check(with(complete, "Povezave", "data:text/html,x", null), 3, "sl"))
                .extracting(Problem::field)
                .contains("joinUrl");
    }

    @Test
    void an_over_long_moderation_reason_is_refused_and_a_learner_may_not_save_drafts() {
        Opportunity o = draft();
        OpportunityDraft ok = OpportunityServiceTestData.complete("Za moderatorja");
        Opportunity saved = service.saveDraft(o.getId(), o.getVersion(), ok, 4);
        Opportunity submitted = service.submit(saved.getId(), saved.getVersion());
        SignedIn.as(users, SignedIn.MODERATOR);
        assertThatThrownBy(() -> moderation.decide(
                        submitted.getId(),
                        submitted.getVersion(),
                        Status.REJECTED,
                        "r".repeat(OpportunityRules.MAX_REASON + 1)))
                .isInstanceOf(UserError.class)
                .hasMessage("error.too-long");

        SignedIn.as(users, SignedIn.LEARNER);
        assertThatThrownBy(() -> service.saveDraft(o.getId(), submitted.getVersion(), ok, 0))
                .isInstanceOf(AccessDeniedException.class);
    }
}
