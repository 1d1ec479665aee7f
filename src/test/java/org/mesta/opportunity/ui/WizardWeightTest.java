package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.UI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.StateNodes;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a provider's wizard keeps in the session (#17): only the shown step's fields and sections exist, so after
 * stepping through a complete draft every step stays within one budget of state nodes, and coming back to a step
 * holds no more than the first time.
 */
class WizardWeightTest extends ViewTest {

    /**
     * With every step built at once the wizard held all steps' nodes together. One step at a time, the review (its
     * preview) holds about 130 and the others 70 to 105, with the checkbox groups' boxes as markup and the inbox's
     * notices only while its panel is open: the budget leaves some room, not a second step.
     */
    static final int BUDGET = 150;

    @Autowired
    OpportunityService service;

    @Test
    void each_step_of_a_complete_draft_holds_its_own_nodes_only() {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = service.create(organisation);
        o = service.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Teža"), 0);
        english();
        login(PROVIDER);
        OpportunityWizardView wizard = navigate(OpportunityWizardView.class, o.getId());

        int[] nodes = new int[OpportunityWizardView.STEP_KEYS.length];
        for (int step = 0; step < nodes.length; step++) {
            wizard.showStep(step);
            Map<String, Integer> byTag = StateNodes.byTag(UI.getCurrent());
            nodes[step] = StateNodes.total(byTag);
            System.out.println("Wizard step " + step + " state nodes: " + nodes[step] + " " + byTag);
            assertThat(nodes[step]).as("state nodes of step " + step).isLessThanOrEqualTo(BUDGET);
        }
        wizard.showStep(OpportunityForm.WHO);
        assertThat(StateNodes.total(StateNodes.byTag(UI.getCurrent())))
                .as("a step shown again holds what it held the first time")
                .isEqualTo(nodes[OpportunityForm.WHO]);
    }
}
