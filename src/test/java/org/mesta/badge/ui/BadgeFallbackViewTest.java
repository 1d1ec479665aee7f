package org.mesta.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.LEARNER;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;

/** A badge written only in Slovenian (or also in English), on its award page and where a learner applies. */
class BadgeFallbackViewTest extends ViewTest {

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    private Badge published(boolean alsoInEnglish) {
        login(PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        BadgeDraft sl = BadgeTestData.complete(BadgeDesign.standard());
        Map<String, BadgeTexts> texts = alsoInEnglish
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
        return badges.publish(b.getId(), b.getVersion());
    }

    /** Awarded in Slovenian: the credential's own language, which the page does not force on the visitor. */
    private Award awarded(Badge b) {
        login(PROVIDER);
        return awards.award(b.getId(), List.of("fallback-" + b.getId() + "@example.org"), "sl")
                .getFirst();
    }

    @Test
    void english_visitor_reads_a_slovenian_only_badge_on_its_award_page_and_is_told_so() {
        Award a = awarded(published(false));
        english();
        navigate("awards/" + a.getPublicId(), AwardView.class);
        H2 title = find(H2.class).id("award-title");
        assertThat(title.getText()).isEqualTo("Mladi govornik");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("sl");
        Span note = find(Span.class).id("content-fallback");
        assertThat(note.getText()).isEqualTo("Shown in Slovenian \u2014 not yet available in English");
        assertThat(note.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(find(Paragraph.class).id("award-description").getElement().getAttribute("lang"))
                .isEqualTo("sl");
        assertThat(find(Paragraph.class).id("award-criteria").getElement().getAttribute("lang"))
                .isEqualTo("sl");
    }

    @Test
    void english_visitor_reads_the_english_edition_of_a_badge_awarded_in_slovenian_without_a_note() {
        Award a = awarded(published(true));
        english();
        navigate("awards/" + a.getPublicId(), AwardView.class);
        H2 title = find(H2.class).id("award-title");
        assertThat(title.getText()).isEqualTo("Young speaker");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(find(Paragraph.class).id("award-criteria").getText())
                .isEqualTo("Speak at the forum and answer three questions.");
        assertThat(find(Span.class).withId("content-fallback").exists()).isFalse();

        slovenian();
        navigate("awards/" + a.getPublicId(), AwardView.class);
        assertThat(find(H2.class).id("award-title").getText()).isEqualTo("Mladi govornik");
        assertThat(find(Span.class).withId("content-fallback").exists()).isFalse();
    }

    @Test
    void a_learner_applying_for_a_slovenian_only_badge_is_told_its_words_are_in_slovenian() {
        Badge sl = published(false);
        Badge both = published(true);
        login(LEARNER);
        english();
        ApplyView view = navigate("badges/apply/" + sl.getId(), ApplyView.class);
        assertThat(text(view.fallback)).isEqualTo("Shown in Slovenian \u2014 not yet available in English");
        view = navigate("badges/apply/" + both.getId(), ApplyView.class);
        assertThat(view.fallback.getChildren()).isEmpty();
        assertThat(text(view)).contains("Speak at the forum and answer three questions.");
    }
}
