package org.mesta.security.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.CITY_ADMIN;

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
}
