package org.mesta.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** An organisation describes itself per language; each reader gets theirs, else the city's, else English. */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationDescriptionsTest {

    private static final Locale SL = Locale.forLanguageTag("sl");
    private static final Locale LT = Locale.forLanguageTag("lt");

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long ljubljana() {
        return cities.findCityBySlug("ljubljana").orElseThrow().getId();
    }

    @Test
    void readers_get_their_language_then_the_city_s_first_then_english() {
        SignedIn.as(users, SignedIn.CITY_ADMIN);
        Organisation both = cities.saveOrganisation(OrganisationDraft.of(
                ljubljana(),
                "Dvojezični klub",
                Map.of("sl", "Klub za mlade bralce.", "en", "A club for young readers."),
                "",
                "klub@example.org"));
        assertThat(both.description(SL)).isEqualTo("Klub za mlade bralce.");
        assertThat(both.description(Locale.ENGLISH)).isEqualTo("A club for young readers.");
        // Ljubljana's first language is Slovenian: a Lithuanian reader gets that before English.
        assertThat(both.description(LT)).isEqualTo("Klub za mlade bralce.");

        Organisation english = cities.saveOrganisation(OrganisationDraft.of(
                ljubljana(), "English Corner", Map.of("en", "Conversation evenings."), "", "corner@example.org"));
        assertThat(english.description(SL)).isEqualTo("Conversation evenings.");

        OrganisationDraft edited = both.toDraft();
        assertThat(edited.descriptions()).containsEntry("sl", "Klub za mlade bralce.");
        Organisation saved = cities.saveOrganisation(new OrganisationDraft(
                edited.id(),
                edited.version(),
                edited.cityId(),
                edited.name(),
                null,
                "",
                edited.contactEmail(),
                Map.of("sl", "Novi opis.", "en", " ")));
        assertThat(saved.descriptions()).containsOnlyKeys("sl");
        assertThat(saved.description(Locale.ENGLISH)).isEqualTo("Novi opis.");
    }

    @Test
    void the_single_description_of_before_still_works_and_is_shown_when_no_language_has_one() {
        SignedIn.as(users, SignedIn.CITY_ADMIN);
        Organisation old = cities.saveOrganisation(new OrganisationDraft(
                null, 0, ljubljana(), "Stari opis", "Written before languages.", "", "stari@example.org"));
        assertThat(old.getDescription()).isEqualTo("Written before languages.");
        assertThat(old.description(SL)).isEqualTo("Written before languages.");
        assertThat(old.descriptions()).isEmpty();
        assertThat(cities.findOrganisation(old.getId()).orElseThrow().description(Locale.ENGLISH))
                .isEqualTo("Written before languages.");
    }

    @Test
    void an_over_long_description_in_any_language_is_refused_and_only_admins_write() {
        SignedIn.as(users, SignedIn.CITY_ADMIN);
        assertThatThrownBy(() -> cities.saveOrganisation(OrganisationDraft.of(
                        ljubljana(), "Predolgo", Map.of("en", "x".repeat(2001)), "", "dolgo@example.org")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("descriptions");
        SignedIn.as(users, SignedIn.PROVIDER);
        assertThatThrownBy(() -> cities.saveOrganisation(
                        OrganisationDraft.of(ljubljana(), "Ni moje", Map.of("en", "Mine."), "", "ni@example.org")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
