package org.mesta.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.base.ui.LeanButton;
import org.mesta.inbox.InboxService;
import org.mesta.inbox.Notice;
import org.mesta.opportunity.ui.ProviderOpportunitiesView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The header bell: unread count, the panel's notices in the reader's language, opening one marks it read. */
class InboxBellTest extends ViewTest {

    @Autowired
    InboxService inbox;

    @Test
    void a_provider_sees_a_decision_in_the_bell_and_opening_it_marks_it_read() {
        login(PROVIDER);
        inbox.markAllRead();
        long org = MestaUser.require().organisationIds().iterator().next();
        inbox.send(
                Notice.Audience.organisation(org),
                "notice.opportunity.changes_requested",
                List.of("Kiparska delavnica", "Add the venue."),
                "provider/opportunities");
        english();
        navigate("", Component.class);
        InboxBell bell = $(InboxBell.class).single();
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.count.getText()).isEqualTo("1");
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 1 unread");
        assertThat(bell.list.getChildren())
                .as("no notices in the session until the panel opens")
                .isEmpty();
        bell.panel.setOpened(true);
        assertThat(text(bell.list)).contains("Changes requested for \u201CKiparska delavnica\u201D: Add the venue.");

        click(bell.list
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .findFirst()
                .map(c -> (LeanButton) c)
                .orElseThrow());
        assertThat(getCurrentView()).isInstanceOf(ProviderOpportunitiesView.class);
        bell = $(InboxBell.class).single();
        assertThat(bell.panel.isOpened()).isFalse();
        assertThat(bell.list.getChildren()).as("closed: the notices are gone").isEmpty();
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications");
    }

    @Test
    void the_bell_speaks_slovenian_and_visitors_have_none() {
        login(PROVIDER);
        inbox.markAllRead();
        long org = MestaUser.require().organisationIds().iterator().next();
        inbox.send(Notice.Audience.organisation(org), "notice.opportunity.approved", List.of("Tabor"), null);
        slovenian();
        navigate("", Component.class);
        InboxBell bell = $(InboxBell.class).single();
        bell.panel.setOpened(true);
        assertThat(text(bell.list)).contains("Objavljeno: \u201ETabor\u201C je odobreno.");
        assertThat(bell.bell.getAriaLabel()).hasValue("Obvestila, neprebranih: 1");
        click(bell.allRead);
        assertThat(bell.count.isVisible()).isFalse();

        logout();
        navigate("", Component.class);
        assertThat($(InboxBell.class).all()).isEmpty();
    }

    private void logout() {
        SecurityContextHolder.clearContext();
    }
}
