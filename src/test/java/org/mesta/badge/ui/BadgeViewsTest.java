package org.mesta.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Alignment;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.PoisonGraph;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The badge list and the designer: live preview, undo/redo, contrast warnings, validation, publishing. */
class BadgeViewsTest extends ViewTest {

    @Autowired
    BadgeService badges;

    @Autowired
    CityService cities;

    private String previewSvg(BadgeDesignerView view) {
        return view.preview.box.getSvg();
    }

    private BadgeDesignerView designer() {
        login(PROVIDER);
        english();
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(org, BadgeDesign.standard());
        return navigate("provider/badge/" + b.getId(), BadgeDesignerView.class);
    }

    @Test
    void each_change_redraws_the_preview_and_undo_redo_step_through_them() {
        BadgeDesignerView view = designer();
        String circle = previewSvg(view);
        assertThat(view.undoButton.isEnabled()).isFalse();

        test(view.look.shape).selectItem("Shield");
        assertThat(previewSvg(view)).isNotEqualTo(circle).contains("M256 24L464 84");
        view.change(view.draft().design().withFill("#FFEB3B", null));
        assertThat(previewSvg(view)).contains("fill=\"#FFEB3B\"");
        assertThat(text(view.preview.contrast)).contains("hard to read on this background");

        test(view.undoButton).click();
        assertThat(previewSvg(view)).doesNotContain("#FFEB3B").contains("M256 24L464 84");
        assertThat(text(view.preview.contrast)).isEmpty();
        test(view.undoButton).click();
        assertThat(previewSvg(view)).isEqualTo(circle);
        assertThat(view.look.shape.getValue()).isEqualTo(BadgeDesign.Shape.CIRCLE);
        test(view.redoButton).click();
        assertThat(view.look.shape.getValue()).isEqualTo(BadgeDesign.Shape.SHIELD);

        test((TextField) view.words.name.inputs().get("en")).setValue("Young speaker");
        assertThat(previewSvg(view)).contains("<title id=\"badge-title\">Young speaker</title>");
    }

    @Test
    void saving_checks_fields_and_publishing_needs_the_words_in_the_city_language() {
        BadgeDesignerView view = designer();
        test(view.criteriaUrl).setValue("not a web address");
        test(view.save).click();
        assertThat(view.criteriaUrl.isInvalid()).isTrue();
        assertThat(view.criteriaUrl.getErrorMessage()).isEqualTo("Enter a web address starting with https://");

        test(view.criteriaUrl).setValue("https://example.org/criteria");
        view.alignments.addRow(new Alignment("ESCO", "not a url", "S1"));
        test(view.save).click();
        assertThat(view.alignments.rows.getFirst()[1].isInvalid()).isTrue();
        view.alignments.rows.getFirst()[1].setValue("https://esco.ec.europa.eu/");
        view.tags.setValue(Set.of("skill:public-speaking", "forum 2026"));
        test(view.publish).click();
        assertThat(notifications()).contains("Give the badge a name in the city's language before publishing.");

        test((TextField) view.words.name.inputs().get("sl")).setValue("Mladi govornik");
        test((TextArea) view.words.description.inputs().get("sl")).setValue("Za nastop na forumu.");
        test((TextArea) view.words.criteria.inputs().get("sl")).setValue("Nastopi in odgovori na vprašanja.");
        test(view.publish).click();
        assertThat(view.status.getText()).isEqualTo("Published");
        assertThat(view.publish.isVisible()).isFalse();
        var saved = badges.draft(Long.parseLong(
                UI.getCurrent().getInternals().getActiveViewLocation().getPath().replaceAll(".*/", "")));
        assertThat(saved.alignments()).extracting(Alignment::url).containsExactly("https://esco.ec.europa.eu/");
        assertThat(saved.tags()).containsExactlyInAnyOrder("skill:public-speaking", "forum 2026");
        assertThat(view.tags.getItemLabelGenerator().apply("skill:public-speaking"))
                .isEqualTo("Public speaking");
    }

    @Test
    void a_badge_someone_else_saved_meanwhile_is_not_overwritten_and_the_designer_reloads_it_on_request() {
        BadgeDesignerView view = designer();
        long id = Long.parseLong(
                UI.getCurrent().getInternals().getActiveViewLocation().getPath().replaceAll(".*/", ""));
        String city = cities.findCity(badges.get(id).getCityId()).orElseThrow().getDefaultLanguage();
        assertThat(view.words.name.inputs().keySet())
                .as("the city's languages, its first first")
                .first()
                .isEqualTo(city);
        test((TextField) view.words.name.inputs().get(city)).setValue("Moja različica");
        Badge meanwhile = badges.get(id);
        badges.save(id, meanwhile.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));

        test(view.save).click();
        ConfirmDialog notice = $(ConfirmDialog.class).single();
        assertThat(notice.isOpened()).isTrue();
        assertThat(view.words.name.inputs().get(city).getValue())
                .as("kept until they choose")
                .isEqualTo("Moja različica");
        assertThat(badges.draft(id).texts().get("sl").name())
                .as("theirs is not overwritten")
                .isEqualTo("Mladi govornik");
        test(notice).confirm();
        assertThat(view.words.name.inputs().get("sl").getValue()).isEqualTo("Mladi govornik");
        test(view.save).click();
        assertThat(notifications()).contains("Badge saved.");
    }

    @Test
    void the_list_offers_templates_and_shows_the_organisation_s_badges_in_slovenian() {
        login(PROVIDER);
        slovenian();
        BadgesView list = navigate(BadgesView.class);
        test(list.create).click();
        Button arts = $(Button.class)
                .withAttribute("aria-label", "Začni s predlogo Umetnost")
                .single();
        test(arts).click();
        BadgeDesignerView view = (BadgeDesignerView) getCurrentView();
        assertThat(view.look.shape.getValue()).isEqualTo(BadgeDesign.Shape.ROUNDED_SQUARE);
        assertThat(text(view)).contains("Oblikovalnik značk", "Osnutek");
        list = navigate(BadgesView.class);
        assertThat(list.grid.getGenericDataView().getItems().map(Badge::getStatus))
                .contains(BadgeStatus.DRAFT);
    }

    @Test
    void issuing_by_email_csv_and_claim_code_with_errors_next_to_what_caused_them() {
        login(PROVIDER);
        english();
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        IssueView view = navigate("provider/badge/issue/" + b.getId(), IssueView.class);

        // The tab sheet attaches only the open tab's content, so the actions are called as its buttons would.
        view.emails.setValue("ana@example.org\nnot-an-address");
        view.awardByEmail();
        assertThat(view.emails.isInvalid()).isTrue();
        assertThat(view.emails.getErrorMessage()).isEqualTo("\u201Cnot-an-address\u201D is not an e-mail address.");
        assertThat(view.awarded.getGenericDataView().getItems().count()).isZero();

        view.awardFromCsv("email\nbor@example.org\nbor@example.org\n");
        assertThat(text(view.csvReport)).contains("Nobody was awarded", "Line 3: The same address appears twice");
        view.awardFromCsv("email\nbor@example.org\ncene@example.org\n");
        assertThat(text(view.csvReport)).contains("Badge awarded to 2 people.");
        assertThat(view.awarded.getGenericDataView().getItems().count()).isEqualTo(2);

        view.createCode();
        assertThat(text(view.codes)).matches("(?s).*[A-Z2-9]{5}-[A-Z2-9]{5}.*used 0 of 30 times.*");
    }

    @Test
    void a_learner_applies_with_evidence_and_sees_it_waiting_and_anyone_can_check_a_badge() {
        login(PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        login(LEARNER);
        english();
        ApplyView apply = navigate("badges/apply/" + b.getId(), ApplyView.class);
        test(apply.send).click();
        assertThat(apply.text.isInvalid()).isTrue();
        assertThat(apply.text.getErrorMessage()).isEqualTo("Tell the reviewers what you did.");
        test(apply.text).setValue("I spoke at the youth forum.");
        test(apply.url).setValue("ftp://nope");
        test(apply.send).click();
        assertThat(apply.url.isInvalid()).isTrue();
        test(apply.url).setValue("");
        apply.attach("<html>not allowed</html>".getBytes(), "page.html");
        test(apply.send).click();
        assertThat(apply.fileProblem.getText()).isEqualTo("Only PDF, PNG or JPEG files can be attached.");
        apply.attach("%PDF-1.4 ok".getBytes(), "talk.pdf");
        test(apply.send).click();
        // The wallet (my/badges) lists the application; its own test covers the rest of the screen.
        Component mine = (Component) getCurrentView();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("my/badges");
        assertThat(text(mine)).contains("My applications", "Waiting for review");

        logout();
        VerifyView verify = navigate(VerifyView.class);
        test(verify.pasted).setValue("{\"hello\": \"world\"}");
        test(verify.check).click();
        assertThat(text(verify.result)).contains("Not a badge");
    }

    @Test
    void a_learner_claims_with_a_code_from_the_qr_link_and_a_wrong_code_is_explained() {
        login(PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        var code = awardService.createClaimCode(
                b.getId(), Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), 5);
        login(LEARNER);
        english();
        ClaimView claim = navigate(ClaimView.class);
        test(claim.code).setValue("ZZZZZ-ZZZZZ");
        test(claim.redeem).click();
        assertThat(claim.code.isInvalid()).isTrue();
        assertThat(claim.code.getErrorMessage())
                .isEqualTo("There is no badge with this code. Check the letters and numbers.");
        UI.getCurrent().navigate("claim", QueryParameters.of("code", code.getCode()));
        claim = (ClaimView) getCurrentView();
        assertThat(claim.code.getValue()).isEqualTo(code.getCode());
        test(claim.redeem).click();
        AwardView award = (AwardView) getCurrentView();
        assertThat(award.state.getText()).isEqualTo("Valid");
        // "Verify this badge" opens the verification page with the badge's address, checked at once.
        String href = $(Anchor.class).id("verify-link").getHref();
        assertThat(href).startsWith("verify?url=");
        UI.getCurrent()
                .navigate(
                        "verify",
                        QueryParameters.of(
                                "url",
                                URLDecoder.decode(href.substring("verify?url=".length()), StandardCharsets.UTF_8)));
        VerifyView verify = (VerifyView) getCurrentView();
        assertThat(text(verify.result)).contains("Valid", "Open Badges 3.0");
    }

    @Autowired
    AwardService awardService;

    private void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void learners_cannot_open_the_designer() {
        login(LEARNER);
        navigate("provider/badges", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(BadgesView.class);
    }

    @Test
    void a_credential_built_to_be_slow_to_check_is_stopped_quickly_and_explained() throws Exception {
        VerifyView verify = navigate(VerifyView.class);
        test(verify.pasted).setValue(PoisonGraph.credential(9).toString());
        long start = System.nanoTime();
        test(verify.check).click();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(text(verify.result)).contains("Too large or too complex to check");
    }
}
