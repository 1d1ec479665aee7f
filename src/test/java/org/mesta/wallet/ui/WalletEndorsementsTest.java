package org.mesta.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.wallet.WalletService;
import org.springframework.beans.factory.annotation.Autowired;

/** The wallet's badge dialog shows the badge's active endorsements, as its public pages do. */
class WalletEndorsementsTest extends ViewTest {

    @Autowired
    WalletService wallet;

    @Test
    void lea_sees_who_endorsed_her_youth_centre_badge_in_its_dialog() {
        login(LEARNER);
        english();
        WalletView view = navigate(WalletView.class);
        WalletService.Item volunteer = wallet.mine().stream()
                .filter(i -> i.badge() != null && i.badge().texts("en").name().equals("Youth centre volunteer"))
                .findFirst()
                .orElseThrow();
        view.open(volunteer);
        // The demo's library endorsed it (DemoEndorsements).
        assertThat(text(view.dialog)).contains("Endorsed by Ljubljana City Library Learning Lab:", "študijske skupine");
    }
}
