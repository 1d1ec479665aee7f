package org.mesta.city.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.CITY_ADMIN;
import static org.mesta.SignedIn.NETWORK_ADMIN;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The organisation dialog asks for a description in each language of the city, the city's first language first. */
class OrganisationDialogLanguagesTest extends ViewTest {

    @Autowired
    CityService cities;

    @Test
    void city_admin_describes_a_new_organisation_in_each_of_the_city_s_languages() {
        english();
        login(CITY_ADMIN);
        City ljubljana = cities.findCityBySlug("ljubljana").orElseThrow();
        OrganisationsView view = navigate(OrganisationsView.class);
        test(view.add).click();
        OrganisationDialog dialog = find(OrganisationDialog.class).single();
        assertThat(new ArrayList<>(dialog.descriptions.inputs().keySet()).getFirst())
                .isEqualTo("sl");
        assertThat(dialog.descriptions.inputs().keySet())
                .containsExactlyInAnyOrderElementsOf(ljubljana.getOfferedLanguages());
        assertThat(dialog.descriptions.inputs().get("sl").getLabel()).isEqualTo("Description in Slovenian");
        test(dialog.name).setValue("Plesni studio Tivoli");
        test(dialog.contactEmail).setValue("ples@example.org");
        test((TextArea) dialog.descriptions.inputs().get("sl")).setValue("Sodobni ples za mlade.");
        if (dialog.descriptions.inputs().containsKey("en"))
            test((TextArea) dialog.descriptions.inputs().get("en")).setValue("Contemporary dance for young people.");
        test(dialog.save).click();
        assertThat(notifications()).contains("The organisation is saved.");

        Organisation saved = cities.searchOrganisations(null, "Plesni studio Tivoli", PageRequest.of(0, 1))
                .getFirst();
        assertThat(saved.description(Locale.forLanguageTag("sl"))).isEqualTo("Sodobni ples za mlade.");
        if (ljubljana.getOfferedLanguages().contains("en")) {
            assertThat(saved.description(Locale.ENGLISH)).isEqualTo("Contemporary dance for young people.");
        }

        view.edit(saved);
        OrganisationDialog again = find(OrganisationDialog.class).all().getLast();
        assertThat(again.descriptions.inputs().get("sl").getValue()).isEqualTo("Sodobni ples za mlade.");
    }

    @Test
    void choosing_another_city_asks_for_that_city_s_languages() {
        english();
        login(NETWORK_ADMIN);
        OrganisationsView view = navigate(OrganisationsView.class);
        test(view.add).click();
        OrganisationDialog dialog = find(OrganisationDialog.class).single();
        City vilnius = cities.findCityBySlug("vilnius").orElseThrow();
        test(dialog.city).selectItem(vilnius.name(Locale.ENGLISH));
        assertThat(dialog.descriptions.inputs().keySet())
                .containsExactlyInAnyOrderElementsOf(vilnius.getOfferedLanguages());
        assertThat(new ArrayList<>(dialog.descriptions.inputs().keySet()).getFirst())
                .isEqualTo(vilnius.getDefaultLanguage());
    }
}
