package org.mesta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mesta.demo.DemoActivities.Activity;
import org.mesta.opportunity.Texts;

/**
 * The demo cities with a language of their own show it working: their programme, organisations, badges and
 * pathways are written in it beside English, and a few items stay English-only so the fallback notice is seen.
 */
class DemoPhrasebookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> LOCAL_CITIES =
            List.of("vilnius", "kaunas", "belgrade", "novi-sad", "zagreb", "skopje", "rome");

    @Test
    void a_lithuanian_city_publishes_its_programme_in_lithuanian_beside_english_but_for_a_few_items() {
        DemoCity vilnius = DemoCity.bySlug("vilnius").orElseThrow();
        assertThat(vilnius.languages()).containsExactly("en", "sl", "lt");
        var programme = DemoProgramme.generate(DemoData.where(vilnius), TODAY, DemoData.SEED, DemoData.PER_CITY);

        var lithuanian = programme.stream()
                .filter(i -> i.draft().texts().containsKey("lt"))
                .toList();
        var englishOnly = programme.stream()
                .filter(i -> !i.draft().texts().containsKey("lt"))
                .toList();
        assertThat(lithuanian).hasSizeGreaterThanOrEqualTo(DemoData.PER_CITY - 2);
        assertThat(englishOnly).isNotEmpty().allSatisfy(i -> {
            assertThat(DemoPhrasebook.ENGLISH_ONLY).contains(i.activity());
            assertThat(i.draft().texts().keySet()).containsExactly("en");
            assertThat(i.draft().languages()).containsExactly("en");
        });
        var first = lithuanian.getFirst();
        assertThat(first.draft().texts("lt"))
                .isEqualTo(DemoLithuanian.BOOK.activities().get(first.activity()));
        assertThat(first.draft().languages()).contains("lt");
        assertThat(DemoLithuanian.BOOK.activity("repair-cafe").orElseThrow().title())
                .isEqualTo("Taisymo kavinė: pataisyk, o ne išmesk");
        assertThat(lithuanian).allSatisfy(i -> {
            Texts lt = i.draft().texts("lt");
            assertThat(lt.title()).isNotEqualTo(i.draft().texts("en").title());
            assertThat(lt.summary()).isNotBlank();
            assertThat(lt.description()).isNotBlank();
        });
    }

    @Test
    void every_city_with_its_own_language_has_it_in_its_programme_and_something_only_in_english() {
        for (String slug : LOCAL_CITIES) {
            DemoCity city = DemoCity.bySlug(slug).orElseThrow();
            String language = city.local().orElseThrow();
            var programme = DemoProgramme.generate(DemoData.where(city), TODAY, DemoData.SEED, DemoData.PER_CITY);
            assertThat(programme)
                    .as(slug)
                    .anyMatch(i -> i.draft().texts().containsKey(language))
                    .anyMatch(i -> !i.draft().texts().containsKey(language))
                    .allMatch(i -> i.draft().texts().containsKey("en"));
        }
    }

    @Test
    void the_programme_stays_the_same_for_the_same_seed() {
        DemoCity skopje = DemoCity.bySlug("skopje").orElseThrow();
        var once = DemoProgramme.generate(DemoData.where(skopje), TODAY, DemoData.SEED, DemoData.PER_CITY);
        assertThat(DemoProgramme.generate(DemoData.where(skopje), TODAY, DemoData.SEED, DemoData.PER_CITY))
                .isEqualTo(once);
    }

    @Test
    void slovenian_and_english_speaking_cities_keep_their_languages() {
        DemoCity maribor = DemoCity.bySlug("maribor").orElseThrow();
        assertThat(DemoProgramme.generate(DemoData.where(maribor), TODAY, DemoData.SEED, DemoData.PER_CITY))
                .allSatisfy(i -> assertThat(i.draft().texts().keySet()).containsExactlyInAnyOrder("en", "sl"));
        DemoCity nairobi = DemoCity.bySlug("nairobi").orElseThrow();
        assertThat(nairobi.phrasebook()).isEmpty();
        assertThat(DemoProgramme.generate(DemoData.where(nairobi), TODAY, DemoData.SEED, DemoData.PER_CITY))
                .allSatisfy(i -> {
                    assertThat(i.draft().texts().keySet()).containsExactly("en");
                    assertThat(i.draft().languages()).containsExactly("en");
                });
    }

    @Test
    void every_phrasebook_words_all_but_the_english_only_items_and_names_its_cities() {
        Set<String> activities = DemoActivities.ALL.stream().map(Activity::key).collect(Collectors.toSet());
        for (String language : List.of("lt", "sr", "hr", "mk", "it")) {
            DemoPhrasebook book = DemoPhrasebook.of(language).orElseThrow();
            assertThat(book.language()).isEqualTo(language);
            assertThat(book.activities().keySet())
                    .as(language)
                    .doesNotContainAnyElementsOf(DemoPhrasebook.ENGLISH_ONLY)
                    .containsExactlyInAnyOrderElementsOf(activities.stream()
                            .filter(a -> !DemoPhrasebook.ENGLISH_ONLY.contains(a))
                            .toList());
            assertThat(book.organisations()).hasSize(3).doesNotHaveDuplicates();
            // "Repair hero" stays in English, so a badge page shows the fallback notice too.
            assertThat(book.badges().keySet())
                    .containsExactlyInAnyOrder(
                            "Peer supporter", "Active citizen", "Digital maker", "Fact checker", "Green volunteer");
            Set<String> cities = DemoCity.ALL.stream()
                    .filter(c -> language.equals(c.local().orElse(null)))
                    .map(DemoCity::slug)
                    .collect(Collectors.toSet());
            assertThat(book.cities().keySet()).containsExactlyInAnyOrderElementsOf(cities);
        }
    }

    @Test
    void macedonian_is_written_in_cyrillic_and_serbian_in_latin() {
        assertThat(DemoPhrasebook.of("mk").orElseThrow().activities().values())
                .allSatisfy(t -> assertThat(t.title()).containsPattern("\\p{IsCyrillic}"));
        assertThat(DemoPhrasebook.of("sr").orElseThrow().activities().values())
                .allSatisfy(t ->
                        assertThat(t.title() + t.summary() + t.description()).doesNotContainPattern("\\p{IsCyrillic}"));
    }
}
