package org.mesta.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.CITY_ADMIN;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.Role;
import org.mesta.security.InvitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class PeopleViewTest extends ViewTest {

    @BeforeEach
    void city_admin() {
        english();
        login(CITY_ADMIN);
    }

    @Test
    void lists_the_city_s_people_with_their_roles() {
        PeopleView view = navigate(PeopleView.class);
        test(view.search).setValue("moderator@mesta");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Maja Moderator");
    }

    @Test
    void invites_a_provider_into_an_organisation_and_shows_the_pending_invitation() {
        PeopleView view = navigate(PeopleView.class);
        test(view.invite).click();
        InviteDialog dialog = find(InviteDialog.class).single();
        assertThat(dialog.role.getListDataView().getItems()).doesNotContain(Role.CITY_ADMIN, Role.NETWORK_ADMIN);
        test(dialog.email).setValue("new.team.member@example.org");
        test(dialog.role).selectItem("Provider");
        assertThat(dialog.organisation.isVisible()).isTrue();
        test(dialog.send).click();
        assertThat(dialog.organisation.isInvalid()).isTrue();
        test(dialog.organisation).selectItem("Ljubljana Youth Centre");
        test(dialog.send).click();
        assertThat(notifications()).contains("Invitation sent to new.team.member@example.org.");
        assertThat(test(view.pending).size()).isGreaterThanOrEqualTo(1);
    }

    @Autowired
    GreenMail smtp;

    @Test
    void a_withdrawn_invitation_leaves_the_list_and_its_link_says_it_is_no_longer_valid() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        PeopleView view = navigate(PeopleView.class);
        test(view.invite).click();
        InviteDialog dialog = find(InviteDialog.class).single();
        test(dialog.email).setValue("withdrawn.ambassador@example.org");
        test(dialog.role).selectItem("Young ambassador");
        test(dialog.send).click();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher link = Pattern.compile("invitation\\?token=([A-Za-z0-9_-]+)")
                .matcher((String) smtp.getReceivedMessages()[0].getContent());
        assertThat(link.find()).isTrue();

        int row = rowOf(view, "withdrawn.ambassador@example.org");
        test((Button) test(view.pending).getCellComponent(row, 3)).click();
        assertThat(notifications()).contains("The invitation is withdrawn; its link no longer works.");
        assertThat(rowOf(view, "withdrawn.ambassador@example.org")).isNegative();

        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", link.group(1)));
        assertThat(text((InvitationView) getCurrentView()))
                .contains("This invitation is no longer valid: it was withdrawn.");
    }

    @Autowired
    InvitationService invitationService;

    @Test
    void going_from_one_invitation_link_to_another_accepts_only_the_second_and_only_once() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        String first = invite("first.newcomer@example.org", 1);
        String second = invite("second.newcomer@example.org", 2);

        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", first));
        InvitationView view = (InvitationView) getCurrentView();
        test(view.name).setValue("Typed for the first");
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", second));
        assertThat(getCurrentView()).as("Vaadin reuses the instance").isSameAs(view);
        assertThat(view.name.getValue()).as("nothing of the first link is kept").isEmpty();
        test(view.name).setValue("Second Newcomer");
        test(view.password).setValue("a long new password");
        test(view.repeat).setValue("a long new password");
        test(view.accept).click();

        assertThat(notifications()).containsOnlyOnce("Welcome! Sign in to start.");
        assertThat(invitationService.findOpenInvitation(second)).isEmpty();
        assertThat(invitationService.findOpenInvitation(first))
                .as("the first invitation is untouched")
                .isPresent();
    }

    private String invite(String email, int mailsSoFar) throws Exception {
        login(CITY_ADMIN);
        PeopleView people = navigate(PeopleView.class);
        test(people.invite).click();
        InviteDialog dialog = find(InviteDialog.class).single();
        test(dialog.email).setValue(email);
        test(dialog.role).selectItem("Young ambassador");
        test(dialog.send).click();
        assertThat(smtp.waitForIncomingEmail(5000, mailsSoFar)).isTrue();
        Matcher link = Pattern.compile("invitation\\?token=([A-Za-z0-9_-]+)")
                .matcher((String) smtp.getReceivedMessages()[mailsSoFar - 1].getContent());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private int rowOf(PeopleView view, String email) {
        for (int i = 0; i < test(view.pending).size(); i++) {
            if (test(view.pending).getCellText(i, 0).equals(email)) {
                return i;
            }
        }
        return -1;
    }
}
