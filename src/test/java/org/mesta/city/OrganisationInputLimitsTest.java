package org.mesta.city;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Organisation and city fields are bounded by their columns and web sites must be http(s), in the service. */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationInputLimitsTest {

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_javascript_web_site_and_an_over_long_one_are_refused() {
        SignedIn.as(users, SignedIn.CITY_ADMIN);
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        assertThatThrownBy(() -> cities.saveOrganisation(new OrganisationDraft(
                        null,
                        0,
                        ljubljana,
                        "Script Kiddies",
                        null,
                        "javascript:alert(document.cookie)",
                        "a@b.example")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("website");
        assertThatThrownBy(() -> cities.saveOrganisation(new OrganisationDraft(
                        null,
                        0,
                        ljubljana,
                        "Long Site",
                        null,
                        "https://example.org/" + "a".repeat(250),
                        "a@b.example")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("website");
    }

    @Test
    void a_city_name_longer_than_its_column_is_refused() {
        SignedIn.as(users, SignedIn.NETWORK_ADMIN);
        assertThatThrownBy(() -> cities.saveCity(new CityDraft(
                        null,
                        0,
                        "long-name-ville",
                        Map.of("en", "N".repeat(121)),
                        "SI",
                        46,
                        14,
                        12,
                        "sl",
                        Set.of("sl"),
                        "Europe/Ljubljana")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("names");
    }
}
