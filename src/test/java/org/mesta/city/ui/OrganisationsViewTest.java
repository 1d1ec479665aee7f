package org.mesta.city.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.CITY_ADMIN;
import static org.mesta.SignedIn.NETWORK_ADMIN;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationsViewTest extends ViewTest {

    @Autowired
    CityService cities;

    @BeforeEach
    void inEnglish() {
        english();
    }

    @Test
    void city_admin_sees_only_their_city_and_adds_an_organisation() {
        login(CITY_ADMIN);
        OrganisationsView view = navigate(OrganisationsView.class);
        assertThat(view.cityFilter.isVisible()).isFalse();
        int before = test(view.grid).size();
        for (int row = 0; row < before; row++) {
            assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("Ljubljana");
        }
        test(view.add).click();
        OrganisationDialog dialog = find(OrganisationDialog.class).single();
        assertThat(dialog.city.isReadOnly()).isTrue();
        test(dialog.name).setValue("Ljubljana Street Art Collective");
        test(dialog.website).setValue("not a url");
        test(dialog.contactEmail).setValue("art@example.org");
        test(dialog.save).click();
        assertThat(dialog.website.isInvalid()).isTrue();
        test(dialog.website).setValue("https://art.example.org");
        test(dialog.save).click();
        assertThat(notifications()).contains("The organisation is saved.");
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    void network_admin_filters_organisations_by_city() {
        login(NETWORK_ADMIN);
        OrganisationsView view = navigate(OrganisationsView.class);
        assertThat(view.cityFilter.isVisible()).isTrue();
        test(view.cityFilter).selectItem("Accra");
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Accra");
    }
}
