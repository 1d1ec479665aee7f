package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.base.Problem;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The one form pattern: a record, a FormBinder, translated Bean Validation, Problems, StaleEdit, MultilingualField. */
class FormPatternTest extends ViewTest {

    @Autowired
    CityService cities;

    /** Public, because Binder reads and creates the record by reflection (it may sit inside a package-private class). */
    public record Sample(
            @NotBlank(message = "{error.required}") @Size(max = 20) String name,

            @Email(message = "{error.email}") String contact,
            MultilingualText description) {}

    /** A small form built the way every form is. */
    final class SampleForm {
        final TextField name = new TextField("Name");
        final EmailField contact = new EmailField("Contact");
        final MultilingualField description;
        final FormBinder<Sample> binder = new FormBinder<>(Sample.class);

        SampleForm(Languages languages) {
            description = MultilingualField.area("organisation.description-in", languages);
            description.setRequired(true);
            binder.forField(name).bind("name");
            binder.forField(contact).bind("contact");
            binder.forField(description).bind("description");
            binder.readRecord(new Sample("", "", MultilingualText.EMPTY));
            UI.getCurrent().add(name, contact, description);
        }
    }

    private Languages ljubljana() {
        City city = cities.findCityBySlug("ljubljana").orElseThrow();
        return Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages());
    }

    @Test
    void constraint_messages_are_translation_keys_shown_next_to_their_field_in_english() {
        english();
        SampleForm form = new SampleForm(ljubljana());
        test(form.contact).setValue("not an address");

        assertThat(form.binder.value()).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(form.contact.getErrorMessage())
                .isEqualTo("Please enter a valid email address, like name@example.org.");
        // The description is needed in the city's first language, and said so on that language's input.
        var slovenian = form.description.inputs().get("sl");
        assertThat(slovenian.isInvalid()).isTrue();
        assertThat(slovenian.getErrorMessage()).isEqualTo("Please write this in Slovenian.");
        // A constraint left with its default message still speaks our language.
        test(form.name).setValue("a name far longer than twenty letters");
        assertThat(form.name.getErrorMessage()).isEqualTo("This is longer than allowed. Please shorten it.");
    }

    @Test
    void the_same_messages_appear_in_slovenian_for_a_slovenian_reader() {
        slovenian();
        SampleForm form = new SampleForm(ljubljana());
        test(form.contact).setValue("ni naslov");
        assertThat(form.binder.value()).isEmpty();
        assertThat(form.name.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("error.required"))
                .isNotEqualTo("Please fill this in.");
        assertThat(form.contact.getErrorMessage())
                .startsWith("Vpiši")
                .isEqualTo(UI.getCurrent().getTranslation("error.email"));
        assertThat(form.description.inputs().get("sl").getErrorMessage()).isEqualTo("To napiši v jeziku: slovenščina.");
        assertThat(form.description.inputs().get("sl").getLabel()).isEqualTo("Opis v jeziku: slovenščina");
    }

    @Test
    void a_valid_form_gives_its_record_and_the_service_s_problems_land_next_to_their_fields() {
        english();
        SampleForm form = new SampleForm(ljubljana());
        test(form.name).setValue("Plesni studio");
        test((TextArea) form.description.inputs().get("sl")).setValue("Ples za mlade.");
        List<Sample> saved = new ArrayList<>();

        assertThat(form.binder.save(saved::add, () -> {})).isTrue();
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Plesni studio");
            assertThat(s.description().in("sl")).isEqualTo("Ples za mlade.");
        });

        boolean went = form.binder.save(
                s -> {
                    throw UserError.of(List.of(
                            new Problem("name", "organisation.error.name-taken", "Plesni studio"),
                            new Problem("description.en", "error.too-long"),
                            Problem.ofForm("error.not-found")));
                },
                () -> {});
        assertThat(went).isFalse();
        assertThat(form.name.getErrorMessage()).contains("Plesni studio");
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.description.inputs().get("en").getErrorMessage())
                .isEqualTo("This is longer than allowed. Please shorten it.");
        assertThat(form.description.inputs().get("sl").isInvalid()).isFalse();
        // What belongs to no field is told once, as a notification.
        assertThat(notifications()).anyMatch(n -> n.startsWith("This item no longer exists."));
    }

    @Test
    void someone_else_s_change_is_never_overwritten_and_the_person_may_reload() {
        english();
        SampleForm form = new SampleForm(ljubljana());
        test(form.name).setValue("My version");
        test((TextArea) form.description.inputs().get("sl")).setValue("Moj opis");
        AtomicInteger reloads = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();

        boolean went = form.binder.save(
                s -> {
                    calls.incrementAndGet();
                    throw new ObjectOptimisticLockingFailureException(City.class, 1L);
                },
                reloads::incrementAndGet);

        assertThat(went).isFalse();
        assertThat(calls).hasValue(1); // tried once, never again with a newer version
        ConfirmDialog notice = find(ConfirmDialog.class).single();
        assertThat(notice.isOpened()).isTrue();
        assertThat(notice.getElement().getProperty("header")).isEqualTo("Someone else changed this");
        assertThat(reloads).hasValue(0);
        assertThat(form.name.getValue()).isEqualTo("My version");
        assertThat(form.description.inputs().get("sl").getValue()).isEqualTo("Moj opis");
        test(notice).confirm();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void the_multilingual_field_shows_exactly_the_city_s_languages_its_first_language_first() {
        english();
        for (City city : cities.allCities(UI.getCurrent().getLocale())) {
            MultilingualField field = MultilingualField.line(
                    "organisation.description-in", Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages()));
            assertThat(field.inputs().keySet())
                    .as(city.getSlug())
                    .containsExactlyInAnyOrderElementsOf(city.getOfferedLanguages());
            assertThat(new ArrayList<>(field.inputs().keySet()).getFirst()).isEqualTo(city.getDefaultLanguage());
        }
        City vilnius = cities.findCityBySlug("vilnius").orElseThrow();
        MultilingualField field = MultilingualField.line("organisation.description-in", ljubljana());
        field.setRequired(true);
        UI.getCurrent().add(field);
        test((TextField) field.inputs().get("sl")).setValue("Opis");
        assertThat(field.inputs().get("sl").getLabel()).isEqualTo("Description in Slovenian");
        assertThat(field.inputs().get("sl").isRequiredIndicatorVisible()).isTrue();
        field.inputs().entrySet().stream()
                .skip(1)
                .forEach(e -> assertThat(e.getValue().isRequiredIndicatorVisible())
                        .as(e.getKey())
                        .isFalse());
        assertThat(field.getValue()).isEqualTo(new MultilingualText(Map.of("sl", "Opis")));

        field.setLanguages(Languages.of(vilnius.getDefaultLanguage(), vilnius.getOfferedLanguages()));
        assertThat(field.inputs().keySet()).containsExactlyInAnyOrderElementsOf(vilnius.getOfferedLanguages());
        assertThat(new ArrayList<>(field.inputs().keySet()).getFirst()).isEqualTo(vilnius.getDefaultLanguage());
    }

    @Test
    void a_change_from_a_list_meets_the_same_notice_and_a_plain_attempt_still_explains() {
        english();
        AtomicInteger reloads = new AtomicInteger();
        assertThat(Notifications.attemptChange(
                        () -> {
                            throw new ObjectOptimisticLockingFailureException(City.class, 1L);
                        },
                        reloads::incrementAndGet))
                .isFalse();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(reloads).hasValue(1);
        assertThat(Notifications.attempt(() -> {
                    throw UserError.of(List.of(Problem.ofForm("city.error.in-use"), Problem.ofForm("error.not-found")));
                }))
                .isFalse();
        assertThat(notifications()).anyMatch(n -> n.contains("This item no longer exists."));
    }
}
