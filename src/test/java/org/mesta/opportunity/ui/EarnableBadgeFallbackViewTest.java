package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;
import org.mesta.base.ui.SvgImage;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The "badges you can earn" on an opportunity's page, for a badge written only in Slovenian (or also in English). */
class EarnableBadgeFallbackViewTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @Autowired
    BadgeService badges;

    /** An opportunity (in Slovenian; its own note stands outside the badges) offering one published badge. */
    private Opportunity offering(boolean badgeAlsoInEnglish) {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        BadgeDraft sl = BadgeTestData.complete(BadgeDesign.standard());
        Map<String, BadgeTexts> texts = badgeAlsoInEnglish
                ? Map.of(
                        "sl",
                        sl.texts().get("sl"),
                        "en",
                        new BadgeTexts(
                                "Young speaker",
                                "2026",
                                "Ljubljana",
                                "For speaking at the youth forum.",
                                "Speak at the forum and answer three questions.",
                                ""))
                : sl.texts();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(
                b.getId(),
                b.getVersion(),
                new BadgeDraft(sl.design(), texts, sl.criteriaUrl(), sl.tags(), sl.alignments(), sl.expiryMonths()));
        b = badges.publish(b.getId(), b.getVersion());
        Opportunity o = service.create(organisation);
        o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Debate workshop"), 4);
        o = service.linkBadges(o.getId(), Set.of(b.getId()));
        o = service.submit(o.getId(), o.getVersion());
        login(MODERATOR);
        moderation.decide(o.getId(), service.get(o.getId()).getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        return o;
    }

    private Div section() {
        return find(Div.class).id("opportunity-badges");
    }

    private Span badgeName() {
        return $(Span.class)
                .from(section())
                .withCondition(s -> s.getClassNames().isEmpty() && !s.getText().isEmpty())
                .first();
    }

    @Test
    void english_visitor_reads_a_slovenian_only_badge_marked_as_slovenian_and_is_told_so_in_english() {
        Opportunity o = offering(false);
        english();
        navigate(OpportunityDetailView.class, o.getId());
        Span name = badgeName();
        assertThat(name.getText()).isEqualTo("Mladi govornik");
        assertThat(name.getElement().getAttribute("lang")).isEqualTo("sl");
        assertThat($(Paragraph.class).from(section()).single().getElement().getAttribute("lang"))
                .isEqualTo("sl");
        assertThat($(SvgImage.class).from(section()).single().getElement().getAttribute("lang"))
                .isEqualTo("sl");
        Span note = $(Span.class)
                .from(section())
                .withClassName("mesta-content-fallback")
                .single();
        assertThat(note.getText()).isEqualTo("Shown in Slovenian \u2014 not yet available in English");
        assertThat(note.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void english_visitor_reads_the_english_edition_without_a_note_and_a_slovenian_one_the_slovenian() {
        Opportunity o = offering(true);
        english();
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(badgeName().getText()).isEqualTo("Young speaker");
        assertThat(badgeName().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat($(Paragraph.class).from(section()).single().getText())
                .isEqualTo("Speak at the forum and answer three questions.");
        assertThat($(Span.class)
                        .from(section())
                        .withClassName("mesta-content-fallback")
                        .exists())
                .isFalse();

        slovenian();
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(badgeName().getText()).isEqualTo("Mladi govornik");
        assertThat(badgeName().getElement().getAttribute("lang")).isEqualTo("sl");
        assertThat($(Span.class)
                        .from(section())
                        .withClassName("mesta-content-fallback")
                        .exists())
                .isFalse();
    }
}
