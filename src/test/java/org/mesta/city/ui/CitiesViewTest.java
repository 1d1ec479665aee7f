package org.mesta.city.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.CITY_ADMIN;
import static org.mesta.SignedIn.NETWORK_ADMIN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.ui.AccessDeniedView;
import org.mesta.city.City;
import org.mesta.city.CityDraft;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;

class CitiesViewTest extends ViewTest {

    @Autowired
    CityService cities;

    @BeforeEach
    void english_network_admin() {
        english();
        login(NETWORK_ADMIN);
    }

    @Test
    void lists_the_network_s_cities_and_searches_them() {
        CitiesView view = navigate(CitiesView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(12);
        test(view.search).setValue("nairobi");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Nairobi");
    }

    @Test
    void adds_a_city_through_the_dialog_with_validation_next_to_fields() {
        CitiesView view = navigate(CitiesView.class);
        test(view.add).click();
        CityDialog dialog = find(CityDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.slug.isInvalid()).isTrue();
        assertThat(dialog.latitude.isInvalid()).isTrue();
        test(dialog.slug).setValue("Bad Slug");
        test((TextField) dialog.names.inputs().get("en")).setValue("Bridgetown");
        test((TextField) dialog.names.inputs().get("sl")).setValue("Bridgetown");
        test(dialog.country).setValue("BB");
        test(dialog.latitude).setValue(13.0975);
        test(dialog.longitude).setValue(-59.6167);
        test(dialog.timeZone).selectItem("America/Barbados");
        test(dialog.save).click();
        assertThat(dialog.slug.getErrorMessage()).contains("lower-case");
        test(dialog.slug).setValue("bridgetown");
        test(dialog.save).click();
        assertThat(notifications()).contains("The city is saved.");
        assertThat(cities.findCityBySlug("bridgetown"))
                .get()
                .extracting(c -> c.name(Locale.ENGLISH))
                .isEqualTo("Bridgetown");
    }

    @Test
    void deleting_asks_first_and_refuses_a_city_that_has_organisations() {
        CitiesView view = navigate(CitiesView.class);
        City kampala = cities.findCityBySlug("kampala").orElseThrow();
        view.edit(kampala);
        CityDialog dialog = find(CityDialog.class).single();
        test(dialog.delete).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat(notifications()).anyMatch(n -> n.startsWith("This city still has organisations"));
        assertThat(cities.findCityBySlug("kampala")).isPresent();
    }

    @Test
    void a_city_admin_is_refused_the_cities_screen() {
        login(CITY_ADMIN);
        navigate("network/cities", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_city_changed_by_someone_else_meanwhile_is_not_overwritten_and_can_be_reloaded() {
        CitiesView view = navigate(CitiesView.class);
        City kampala = cities.findCityBySlug("kampala").orElseThrow();
        view.edit(kampala);
        CityDialog dialog = find(CityDialog.class).single();
        CityDraft theirs = kampala.toDraft();
        cities.saveCity(new CityDraft(
                theirs.id(),
                theirs.version(),
                theirs.slug(),
                theirs.names(),
                theirs.country(),
                theirs.latitude(),
                theirs.longitude(),
                9,
                theirs.defaultLanguage(),
                theirs.offeredLanguages(),
                theirs.timeZone()));
        test(dialog.zoom).setValue(15);
        test(dialog.save).click();

        ConfirmDialog notice = find(ConfirmDialog.class).single();
        assertThat(notice.getElement().getProperty("header")).isEqualTo("Someone else changed this");
        assertThat(cities.findCityBySlug("kampala").orElseThrow().getZoom()).isEqualTo(9);
        assertThat(dialog.zoom.getValue()).isEqualTo(15);
        test(notice).confirm();
        CityDialog fresh = find(CityDialog.class).single();
        assertThat(fresh).isNotSameAs(dialog);
        assertThat(fresh.zoom.getValue()).isEqualTo(9);
    }

    @Test
    void a_taken_slug_is_said_next_to_the_slug_in_slovenian_too() {
        slovenian();
        CitiesView view = navigate(CitiesView.class);
        view.edit(cities.findCityBySlug("kampala").orElseThrow());
        CityDialog dialog = find(CityDialog.class).single();
        test(dialog.slug).setValue("ljubljana");
        test(dialog.save).click();
        assertThat(dialog.slug.isInvalid()).isTrue();
        assertThat(dialog.slug.getErrorMessage())
                .isEqualTo(dialog.getTranslation("city.error.slug-taken", "ljubljana"))
                .doesNotStartWith("!");
        assertThat(cities.findCityBySlug("kampala")).isPresent();
    }
}
