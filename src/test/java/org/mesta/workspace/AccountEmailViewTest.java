package org.mesta.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The account screen: a new e-mail address is confirmed by a link before it counts; My data is one click away. */
class AccountEmailViewTest extends ViewTest {

    @Autowired
    GreenMail smtp;

    @Test
    void the_account_screen_sends_a_link_to_a_new_address_and_leads_to_my_data() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        english();
        login(LEARNER);
        AccountView view = navigate(AccountView.class);
        assertThat($(Anchor.class).id("my-data-link").getHref()).isEqualTo("my/data");
        test(view.newEmail).setValue("learner.new.view@example.org");
        test(view.emailPassword).setValue("not the password");
        test(view.changeEmail).click();
        assertThat(notifications()).contains("The current password is not right.");
        test(view.emailPassword).setValue(DEMO_PASSWORD);
        test(view.changeEmail).click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("We sent a link to learner.new.view@example.org"));
        // The link to the new address and the notice to the old one; the account keeps its address meanwhile.
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(view.getTranslation("rights.email.sent", "x")).isNotBlank();
    }
}
