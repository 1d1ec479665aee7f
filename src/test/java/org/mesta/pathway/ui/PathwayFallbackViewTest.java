package org.mesta.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.ui.LeanButton;
import org.mesta.opportunity.Theme;
import org.mesta.opportunity.ui.CityOpportunitiesView;
import org.mesta.pathway.Pathway;
import org.mesta.pathway.PathwayContent;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayService;
import org.mesta.pathway.PathwayStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A pathway (and its step and milestone badges) written only in Slovenian, or also in English. */
class PathwayFallbackViewTest extends ViewTest {

    @Autowired
    PathwayService pathways;

    @Autowired
    BadgeService badges;

    private long badge(boolean alsoInEnglish) {
        BadgeDraft sl = BadgeTestData.complete(BadgeDesign.standard());
        Map<String, BadgeTexts> texts = alsoInEnglish
                ? Map.of(
                        "sl",
                        sl.texts().get("sl"),
                        "en",
                        new BadgeTexts("Young speaker", "2026", "Ljubljana", "For speaking.", "Speak.", ""))
                : sl.texts();
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(
                b.getId(),
                b.getVersion(),
                new BadgeDraft(sl.design(), texts, sl.criteriaUrl(), sl.tags(), sl.alignments(), sl.expiryMonths()));
        return badges.publish(b.getId(), b.getVersion()).getId();
    }

    private long published(boolean alsoInEnglish) {
        login(PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Map<String, String> title =
                alsoInEnglish ? Map.of("sl", "Pot govornika", "en", "Speaker's path") : Map.of("sl", "Pot govornika");
        Map<String, String> story =
                alsoInEnglish ? Map.of("sl", "Zgodba poti.", "en", "The path's story.") : Map.of("sl", "Zgodba poti.");
        Pathway p = pathways.create(organisation);
        p = pathways.save(
                p.getId(),
                p.getVersion(),
                new PathwayContent(
                        MultilingualText.of(title),
                        MultilingualText.of(story),
                        Theme.INCLUSION,
                        null,
                        List.of(
                                new PathwayStep(Kind.BADGE, badge(alsoInEnglish), true, 0),
                                new PathwayStep(Kind.BADGE, badge(alsoInEnglish), true, 0)),
                        List.of(),
                        badge(alsoInEnglish)));
        p = pathways.submit(p.getId(), p.getVersion());
        login(MODERATOR);
        p = pathways.decide(p.getId(), p.getVersion(), PathwayStatus.PUBLISHED, null);
        SecurityContextHolder.clearContext();
        return p.getId();
    }

    private void pathwaysTab() {
        navigate(CityOpportunitiesView.class, "ljubljana");
        click(find(LeanButton.class).withId("tab-pathways").single());
    }

    @Test
    void english_visitor_reads_a_slovenian_only_pathway_marked_and_is_told_so() {
        long id = published(false);
        english();
        PathwayPageView page = navigate(PathwayPageView.class, id);
        assertThat(page.title.getText()).isEqualTo("Pot govornika");
        assertThat(page.title.getElement().getAttribute("lang")).isEqualTo("sl");
        assertThat(page.fallback.isVisible()).isTrue();
        assertThat(text(page.fallback)).isEqualTo("Shown in Slovenian \u2014 not yet available in English");
        assertThat(page.story.getElement().getAttribute("lang")).isEqualTo("sl");
        ListItem first = $(ListItem.class).from(page.steps).first();
        Span step =
                $(Span.class).from(first).withClassName("pathway-step-title").single();
        assertThat(step.getText()).isEqualTo("Mladi govornik");
        assertThat(step.getElement().getAttribute("lang")).isEqualTo("sl");
        assertThat($(Span.class)
                        .from(first)
                        .withClassName("mesta-content-marker")
                        .single()
                        .getText())
                .isEqualTo("In Slovenian");
        assertThat(text(page.milestone)).contains("Milestone badge: Mladi govornik");
        assertThat($(Span.class)
                        .from(page.milestone)
                        .withText("Mladi govornik")
                        .single()
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("sl");

        // The city page's pathway card says it too.
        pathwaysTab();
        Div card = $(Div.class).id("pathway-card-" + id);
        assertThat($(H3.class).from(card).single().getElement().getAttribute("lang"))
                .isEqualTo("sl");
        assertThat($(Span.class)
                        .from(card)
                        .withClassName("mesta-content-marker")
                        .single()
                        .getText())
                .isEqualTo("In Slovenian");
        assertThat($(Paragraph.class)
                        .from(card)
                        .withText("Zgodba poti.")
                        .single()
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("sl");
    }

    @Test
    void english_visitor_reads_an_english_pathway_without_notes_or_markers() {
        long id = published(true);
        english();
        PathwayPageView page = navigate(PathwayPageView.class, id);
        assertThat(page.title.getText()).isEqualTo("Speaker's path");
        assertThat(page.title.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(page.fallback.isVisible()).isFalse();
        assertThat(page.story.getText()).isEqualTo("The path's story.");
        ListItem first = $(ListItem.class).from(page.steps).first();
        Span step =
                $(Span.class).from(first).withClassName("pathway-step-title").single();
        assertThat(step.getText()).isEqualTo("Young speaker");
        assertThat(step.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat($(Span.class)
                        .from(page.steps)
                        .withClassName("mesta-content-marker")
                        .exists())
                .isFalse();
        assertThat(text(page.milestone)).contains("Milestone badge: Young speaker");

        pathwaysTab();
        Div card = $(Div.class).id("pathway-card-" + id);
        assertThat($(H3.class).from(card).single().getElement().getAttribute("lang"))
                .isEqualTo("en");
        assertThat($(Span.class)
                        .from(card)
                        .withClassName("mesta-content-marker")
                        .exists())
                .isFalse();
        assertThat($(Anchor.class).from(card).single().getText()).isEqualTo("Speaker's path");
    }
}
