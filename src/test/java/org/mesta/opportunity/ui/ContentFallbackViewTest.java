package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** An opportunity written only in Slovenian, read by visitors of other languages. */
class ContentFallbackViewTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    private Opportunity approvedInSlovenianOnly() {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = service.create(organisation);
        o = service.saveDraft(
                o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Delavnica v slovenščini"), 4);
        o = service.submit(o.getId(), o.getVersion());
        login(MODERATOR);
        moderation.decide(o.getId(), service.get(o.getId()).getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        return o;
    }

    @Test
    void english_visitor_reads_the_city_s_language_and_is_told_so_in_english() {
        Opportunity o = approvedInSlovenianOnly();
        english();
        navigate(OpportunityDetailView.class, o.getId());
        H2 title = find(H2.class).id("opportunity-title");
        assertThat(title.getText()).isEqualTo("Delavnica v slovenščini");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("sl");
        Span note = find(Span.class).id("content-fallback");
        assertThat(note.getText()).isEqualTo("Shown in Slovenian \u2014 not yet available in English");
        assertThat(note.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void serbian_cyrillic_visitor_is_told_in_the_ui_s_words_and_slovenian_visitor_sees_no_note() {
        Opportunity o = approvedInSlovenianOnly();
        UI.getCurrent().setLocale(Locale.forLanguageTag("sr-Cyrl"));
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(find(Span.class).id("content-fallback").getElement().getAttribute("lang"))
                .isEqualTo("sr-Cyrl");

        slovenian();
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(find(H2.class).id("opportunity-title").getElement().getAttribute("lang"))
                .isEqualTo("sl");
        assertThat(find(Span.class).withId("content-fallback").exists()).isFalse();
    }
}
