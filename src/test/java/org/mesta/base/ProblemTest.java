package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    record Entry(@NotBlank(message = "{city.error.slug}") String slug, Map<String, @Size(max = 3) String> names) {}

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void a_violation_becomes_a_problem_named_by_field_with_our_translation_key() {
        var problems = validator.validate(new Entry(" ", Map.of("sl", "Ljubljana"))).stream()
                .map(Problem::of)
                .toList();
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        new Problem("slug", "city.error.slug"), new Problem("names.sl", "error.too-long", 3, 0));
    }

    @Test
    void a_refusal_carries_every_problem_and_nothing_is_refused_without_one() {
        UserError error = UserError.of(List.of(
                new Problem("name", "organisation.error.name-taken", "Tivoli"), Problem.ofForm("error.not-found")));
        assertThat(error.key()).isEqualTo("organisation.error.name-taken");
        assertThat(error.params()).containsExactly("Tivoli");
        assertThat(error.problems()).hasSize(2);
        assertThat(new UserError("city.error.in-use").problems()).containsExactly(Problem.ofForm("city.error.in-use"));
        assertThatThrownBy(() -> UserError.throwIfAny(List.of(new Problem("slug", "city.error.slug"))))
                .isInstanceOf(UserError.class);
        UserError.throwIfAny(List.of());
        assertThat(new Problem("x", "k", (Object) null).args()).containsExactly("");
    }

    @Test
    void a_multilingual_text_keeps_only_written_languages() {
        MultilingualText text = new MultilingualText(Map.of("SL", "  Opis ", "en", " "));
        assertThat(text.texts()).containsExactly(Map.entry("sl", "Opis"));
        assertThat(text.in("en")).isEmpty();
        assertThat(text.best(Locale.ENGLISH, "sl")).contains("Opis");
        assertThat(Languages.of("sl", List.of("en", "sl", "de")).codes()).containsExactly("sl", "de", "en");
    }
}
