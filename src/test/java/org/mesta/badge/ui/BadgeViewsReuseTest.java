package org.mesta.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.LEARNER;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.badge.Alignment;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.badge.MyBadgesService;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vaadin keeps a view instance when only its id changes (badge A → badge B): one click must do one thing,
 * and nothing of A may show on B.
 */
class BadgeViewsReuseTest extends ViewTest {

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    MyBadgesService myBadges;

    @BeforeEach
    void inEnglish() {
        english();
    }

    private Badge badge(String name, boolean publish, String alignment) {
        SignedIn.as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(org, BadgeDesign.standard());
        b = badges.save(
                b.getId(),
                b.getVersion(),
                new BadgeDraft(
                        BadgeDesign.standard(),
                        Map.of("sl", new BadgeTexts(name, "2026", "", "Opis " + name, "Merila " + name, "")),
                        "https://example.org/" + name,
                        List.of(),
                        List.of(new Alignment(alignment, "https://example.org/a", "")),
                        12));
        return publish ? badges.publish(b.getId(), b.getVersion()) : b;
    }

    @Test
    void designer_from_one_badge_to_another_shows_the_second_s_fields_and_saves_once() {
        Badge a = badge("Alfa", false, "Okvir A");
        Badge b = badge("Beta", false, "Okvir B");
        login(PROVIDER);
        BadgeDesignerView first = navigate("provider/badge/" + a.getId(), BadgeDesignerView.class);
        test(first.look.shape).selectItem("Shield");
        BadgeDesignerView view = navigate("provider/badge/" + b.getId(), BadgeDesignerView.class);
        assertThat(view).isSameAs(first);

        assertThat(view.words.name.inputs().get("sl").getValue()).isEqualTo("Beta");
        assertThat(view.criteriaUrl.getValue()).isEqualTo("https://example.org/Beta");
        assertThat(view.alignments.rows).extracting(r -> r[0].getValue()).containsExactly("Okvir B");
        assertThat(view.undoButton.isEnabled())
                .as("A's undo history is not B's")
                .isFalse();
        assertThat(view.look.shape.getValue()).isEqualTo(BadgeDesign.Shape.CIRCLE);

        test(view.save).click();
        assertThat(notifications()).containsOnlyOnce("Badge saved.");
        assertThat(badges.get(b.getId()).getVersion()).isEqualTo(b.getVersion() + 1);
        assertThat(badges.get(a.getId()).getVersion()).isEqualTo(a.getVersion());
    }

    @Test
    void issuing_from_one_badge_to_another_awards_once_and_only_the_second() {
        Badge a = badge("Alfa", true, "A");
        Badge b = badge("Beta", true, "B");
        login(PROVIDER);
        IssueView first = navigate("provider/badge/issue/" + a.getId(), IssueView.class);
        IssueView view = navigate("provider/badge/issue/" + b.getId(), IssueView.class);
        assertThat(view).isSameAs(first);
        assertThat(text(view)).contains("Beta").doesNotContain("Alfa");

        view.emails.setValue("reuse-one@example.org");
        // The tab sheet attaches only the open tab's content, so the button is clicked as the browser would.
        view.award.click();
        assertThat(awards.awardsOf(b.getId())).hasSize(1);
        assertThat(awards.awardsOf(a.getId())).isEmpty();
        assertThat(notifications()).hasSize(1);
    }

    @Test
    void claim_links_come_from_the_configured_base_url_not_the_request() {
        Badge b = badge("Koda", true, "K");
        login(PROVIDER);
        awards.createClaimCode(b.getId(), Instant.now(), Instant.now().plusSeconds(600), 3);
        IssueView view = navigate("provider/badge/issue/" + b.getId(), IssueView.class);
        String href = $(Anchor.class).from(view.codes).first().getHref();
        assertThat(href).startsWith("http://localhost:8080/claim?code=");
    }

    @Test
    void applying_after_opening_another_badge_sends_one_application_without_the_first_one_s_file() {
        Badge a = badge("Alfa", true, "A");
        Badge b = badge("Beta", true, "B");
        login(LEARNER);
        ApplyView first = navigate("badges/apply/" + a.getId(), ApplyView.class);
        first.attach("%PDF-1.4 for A".getBytes(), "for-a.pdf");
        test(first.text).setValue("Written for A");
        ApplyView view = navigate("badges/apply/" + b.getId(), ApplyView.class);
        assertThat(view).isSameAs(first);
        assertThat(view.text.getValue()).isEmpty();
        assertThat(text(view)).contains("Beta").doesNotContain("Alfa");

        test(view.text).setValue("I did B.");
        test(view.send).click();
        var mine = myBadges.myApplications();
        assertThat(mine)
                .filteredOn(x -> x.getBadgeId() == b.getId())
                .hasSize(1)
                .allSatisfy(x -> assertThat(x.getEvidenceFileName()).isNull());
        assertThat(mine).noneMatch(x -> x.getBadgeId() == a.getId());
    }

    @Test
    void an_award_page_then_another_shows_only_the_second_award() {
        Badge a = badge("Alfa", true, "A");
        Badge b = badge("Beta", true, "B");
        SignedIn.as(users, PROVIDER);
        Award first =
                awards.award(a.getId(), List.of("page-a@example.org"), "sl").getFirst();
        Award second =
                awards.award(b.getId(), List.of("page-b@example.org"), "sl").getFirst();
        awards.revoke(first.getId(), "mistake");
        SignedIn.as(users, LEARNER);
        AwardView view = navigate("awards/" + first.getPublicId(), AwardView.class);
        assertThat(view.state.getText()).isEqualTo("Revoked");
        AwardView again = navigate("awards/" + second.getPublicId(), AwardView.class);
        assertThat(again).isSameAs(view);

        assertThat(text(again)).contains("Beta").doesNotContain("Alfa").doesNotContain("mistake");
        assertThat(again.state.getText()).isEqualTo("Valid");
        assertThat(again.state.getElement().getThemeList()).containsExactlyInAnyOrder("badge", "success");
        assertThat($(H2.class).from(again).all()).hasSize(1);
    }
}
