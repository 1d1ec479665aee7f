package org.mesta.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.AMBASSADOR;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.springframework.beans.factory.annotation.Autowired;

/** Vaadin keeps the campaign page when only the id changes (A → B): one click, one effect, only B shown. */
class CampaignViewReuseTest extends ViewTest {

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    @AfterEach
    void runPushedRefreshes() {
        var session = VaadinSession.getCurrent();
        if (session != null) session.getService().runPendingAccessTasks(session);
    }

    @Test
    void from_one_campaign_to_another_the_team_button_opens_one_dialog_and_saving_saves_the_second() {
        login(AMBASSADOR);
        english();
        Campaign a = board.create("Reuse first", CampaignKind.ADVOCACY, null);
        Campaign b = board.create("Reuse second", CampaignKind.ARTS, null);
        CampaignView first = navigate("ambassador/campaign/" + a.getId(), CampaignView.class);
        CampaignView view = navigate("ambassador/campaign/" + b.getId(), CampaignView.class);
        assertThat(view).isSameAs(first);
        assertThat(view.title.getText()).isEqualTo("Reuse second");
        assertThat(view.details.title.getValue()).isEqualTo("Reuse second");

        test(view.teamSection.edit).click();
        assertThat($(Dialog.class).all()).hasSize(1);
        $(Dialog.class).single().close();

        view.details.goal.setValue("Only the second.");
        test(view.details.save).click();
        assertThat(notifications()).containsOnlyOnce("Campaign saved.");
        assertThat(campaigns.get(b.getId()).getGoal()).isEqualTo("Only the second.");
        assertThat(campaigns.get(a.getId()).getGoal()).isNullOrEmpty();
    }
}
