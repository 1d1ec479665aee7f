package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.CITY_ADMIN;
import static org.mesta.SignedIn.NETWORK_ADMIN;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;

/**
 * The city page's activity density toggle: only the city's admins and network admins get it; the density reaches
 * the map (and so the browser) only when they turn it on, with the busiest areas as text beside it.
 */
class CityDensityViewTest extends ViewTest {

    @BeforeEach
    void inEnglish() {
        english();
    }

    @Test
    void a_visitor_gets_no_density_toggle_and_no_density() {
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");

        assertThat(city.density.isVisible()).isFalse();
        city.showDensity(true);
        assertThat(city.densityOn).isFalse();
        assertThat(city.map.getHeat()).isEmpty();
        assertThat(city.densitySummary.isVisible()).isFalse();
    }

    @Test
    void a_provider_gets_no_density_toggle() {
        login(PROVIDER);
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");

        assertThat(city.density.isVisible()).isFalse();
        city.showDensity(true);
        assertThat(city.map.getHeat()).isEmpty();
    }

    @Test
    void the_city_admin_turns_density_on_and_off_and_reads_the_busiest_areas() {
        login(CITY_ADMIN);
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        assertThat(city.density.isVisible()).isTrue();
        assertThat(city.density.getText()).isEqualTo("Activity density");
        assertThat(city.map.getHeat()).as("nothing sent before it is asked for").isEmpty();

        click(city.density);

        assertThat(city.density.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(city.map.getHeat()).isNotEmpty();
        assertThat(city.map.getMarkerSource()).as("the markers stay").isPresent();
        assertThat(city.densitySummary.isVisible()).isTrue();
        assertThat(text(city.densitySummary)).contains("Busiest areas in the last 12 months");
        assertThat($(ListItem.class, city.densitySummary).all())
                .isNotEmpty()
                .allMatch(li -> text(li).matches(".+ \\(activity score \\d+\\)"));

        click(city.density);

        assertThat(city.density.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(city.map.getHeat()).isEmpty();
        assertThat(city.densitySummary.isVisible()).isFalse();
    }

    @Test
    void a_city_admin_gets_no_toggle_on_another_citys_page_but_a_network_admin_does() {
        login(CITY_ADMIN);
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "maribor");
        assertThat(city.density.isVisible()).isFalse();

        login(NETWORK_ADMIN);
        city = navigate(CityOpportunitiesView.class, "maribor");
        assertThat(city.density.isVisible()).isTrue();
    }
}
