package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityRules;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A value the server refuses (too long, not an http(s) link) is explained next to its field in the wizard. */
class OpportunityInputsViewTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Test
    void an_over_long_title_and_a_javascript_join_link_are_marked_next_to_their_fields() {
        SignedIn.as(users, PROVIDER);
        Opportunity o =
                service.create(MestaUser.require().organisationIds().iterator().next());
        o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Meje"), 0);
        login(PROVIDER);
        english();
        OpportunityWizardView wizard = navigate("provider/opportunity/" + o.getId(), OpportunityWizardView.class);
        assertThat(wizard.form.titles.get("sl").getMaxLength()).isEqualTo(OpportunityRules.MAX_TITLE);

        // As a tampered browser would send it, past the field's own limit.
        wizard.form.titles.get("sl").setValue("x".repeat(OpportunityRules.MAX_TITLE + 1));
        click(wizard.next);
        assertThat(wizard.step).isZero();
        assertThat(wizard.form.titles.get("sl").isInvalid()).isTrue();
        assertThat(wizard.form.titles.get("sl").getErrorMessage())
                .isEqualTo("This is longer than allowed. Please shorten it.");
        assertThat(service.draft(o.getId()).texts("sl").title()).isEqualTo("Meje");

        wizard.form.titles.get("sl").setValue("Meje");
        wizard.showStep(3);
        wizard.form.joinUrl.setValue("javascript:alert(document.cookie)");
        click(wizard.next);
        assertThat(wizard.step).isEqualTo(3);
        assertThat(wizard.form.joinUrl.isInvalid()).isTrue();
        assertThat(wizard.form.joinUrl.getErrorMessage()).contains("https://");
    }

    @Test
    void a_draft_saved_elsewhere_meanwhile_is_told_never_overwritten_and_reloaded_on_request() {
        SignedIn.as(users, PROVIDER);
        Opportunity o =
                service.create(MestaUser.require().organisationIds().iterator().next());
        o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Prva"), 0);
        login(PROVIDER);
        english();
        OpportunityWizardView wizard = navigate("provider/opportunity/" + o.getId(), OpportunityWizardView.class);
        // Another tab saves a newer version while this one is open.
        service.saveDraft(
                o.getId(),
                service.get(o.getId()).getVersion(),
                OpportunityServiceTestData.complete("Iz drugega zavihka"),
                0);

        test(wizard.form.titles.get("sl")).setValue("Moja sprememba");
        ConfirmDialog notice = find(ConfirmDialog.class).all().getFirst();
        assertThat(notice.isOpened()).isTrue();
        assertThat(notice.getElement().getProperty("header")).isEqualTo("Someone else changed this");
        assertThat(service.draft(o.getId()).texts("sl").title()).isEqualTo("Iz drugega zavihka");
        assertThat(wizard.form.titles.get("sl").getValue())
                .as("the person's input stays")
                .isEqualTo("Moja sprememba");

        test(notice).confirm();
        assertThat(wizard.form.titles.get("sl").getValue()).isEqualTo("Iz drugega zavihka");
    }
}
