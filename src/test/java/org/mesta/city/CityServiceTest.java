package org.mesta.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CityServiceTest {

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static CityDraft draft(String slug) {
        return new CityDraft(
                null,
                0,
                slug,
                Map.of("en", "Testville " + slug, "sl", "Testovo " + slug),
                "si",
                46.0,
                14.5,
                12,
                "sl",
                Set.of("en"),
                "Europe/Ljubljana");
    }

    @Test
    void demo_network_has_ljubljana_and_cities_on_three_continents() {
        var all = cities.allCities(Locale.ENGLISH);
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        City ljubljana = cities.findCityBySlug("ljubljana").orElseThrow();
        assertThat(ljubljana.getLatitude()).isCloseTo(46.0569, Offset.offset(0.01));
        assertThat(all)
                .extracting(City::getTimeZone)
                .anyMatch(z -> z.startsWith("Africa/"))
                .anyMatch(z -> z.startsWith("America/"))
                .anyMatch(z -> z.startsWith("Europe/"));
        as(users, LEARNER);
        assertThat(cities.organisationsOfCity(ljubljana.getId())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void network_admin_creates_a_city_with_names_per_language() {
        as(users, NETWORK_ADMIN);
        City city = cities.saveCity(draft("testville-a"));
        assertThat(city.name(Locale.forLanguageTag("sl"))).isEqualTo("Testovo testville-a");
        assertThat(city.name(Locale.GERMAN)).isEqualTo("Testovo testville-a");
        assertThat(city.getCountry()).isEqualTo("SI");
        assertThat(city.getOfferedLanguages()).containsExactlyInAnyOrder("en", "sl");
        assertThat(cities.searchCities("testville-a", PageRequest.of(0, 10))).containsExactly(city);
    }

    @Test
    void a_second_city_with_the_same_web_name_is_refused() {
        as(users, NETWORK_ADMIN);
        cities.saveCity(draft("testville-b"));
        assertThatThrownBy(() -> cities.saveCity(draft("testville-b")))
                .isInstanceOf(UserError.class)
                .hasMessage("city.error.slug-taken");
    }

    @Test
    void only_network_admins_manage_cities() {
        as(users, CITY_ADMIN);
        assertThatThrownBy(() -> cities.saveCity(draft("testville-c"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cities.searchCities("", PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        long id = cities.findCityBySlug("maribor").orElseThrow().getId();
        assertThatThrownBy(() -> cities.deleteCity(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_stale_edit_is_detected_instead_of_overwriting() {
        as(users, NETWORK_ADMIN);
        City city = cities.saveCity(draft("testville-d"));
        CityDraft first = city.toDraft();
        cities.saveCity(new CityDraft(
                first.id(),
                first.version(),
                first.slug(),
                Map.of("en", "First edit"),
                "SI",
                46,
                14,
                10,
                "en",
                Set.of(),
                "Europe/Ljubljana"));
        assertThatThrownBy(() -> cities.saveCity(new CityDraft(
                        first.id(),
                        first.version(),
                        first.slug(),
                        Map.of("en", "Second edit"),
                        "SI",
                        46,
                        14,
                        10,
                        "en",
                        Set.of(),
                        "Europe/Ljubljana")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(cities.findCity(first.id()).orElseThrow().name(Locale.ENGLISH))
                .isEqualTo("First edit");
    }

    @Test
    void a_city_with_organisations_cannot_be_deleted() {
        as(users, NETWORK_ADMIN);
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        assertThatThrownBy(() -> cities.deleteCity(maribor))
                .isInstanceOf(UserError.class)
                .hasMessage("city.error.has-organisations");
        City empty = cities.saveCity(draft("testville-e"));
        cities.deleteCity(empty.getId());
        assertThat(cities.findCity(empty.getId())).isEmpty();
    }

    @Test
    void city_admin_manages_organisations_of_their_own_city_only() {
        as(users, CITY_ADMIN);
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        Organisation org = cities.saveOrganisation(new OrganisationDraft(
                null, 0, ljubljana, "Test Makers", "Makerspace", "https://makers.example", "hi@makers.example"));
        assertThat(cities.searchOrganisations(null, "test makers", PageRequest.of(0, 10)))
                .containsExactly(org);
        assertThatThrownBy(() -> cities.saveOrganisation(
                        new OrganisationDraft(null, 0, maribor, "Elsewhere", null, null, "a@b.example")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cities.searchOrganisations(maribor, "", PageRequest.of(0, 50)))
                .allMatch(o -> o.getCity().getId() == ljubljana);
        assertThatThrownBy(() -> cities.saveOrganisation(
                        new OrganisationDraft(null, 0, ljubljana, "TEST MAKERS", null, null, "x@y.example")))
                .isInstanceOf(UserError.class)
                .hasMessage("organisation.error.name-taken");
    }

    @Test
    void learners_providers_and_moderators_cannot_administer_organisations() {
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        for (String who : new String[] {LEARNER, PROVIDER, MODERATOR, AMBASSADOR}) {
            as(users, who);
            assertThatThrownBy(() -> cities.searchOrganisations(null, "", PageRequest.of(0, 5)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cities.saveOrganisation(
                            new OrganisationDraft(null, 0, ljubljana, "X " + who, null, null, "x@y.example")))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
