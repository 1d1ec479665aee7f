package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.mesta.base.RateLimits;
import org.mesta.base.TooManyAttempts;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientAddress;
import org.mesta.base.ui.FormBinder;
import org.mesta.base.ui.LocalDates;
import org.mesta.base.ui.Notifications;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.mesta.security.RegistrationDraft;
import org.mesta.security.RegistrationService;

/**
 * A young person creates a learner account. Under the age of digital consent of their city's country, a guardian's
 * e-mail address: the guardian is asked (a tick by the child is not consent), as the privacy notice says.
 */
@Route("register")
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    /** The form's data; the rules that compare two fields (repeat, consent by age) sit on their bindings. */
    public record RegisterForm(
            @NotBlank(message = "{error.required}") String name,

            @NotBlank(message = "{error.required}") @Email(message = "{error.email}") String email,

            @NotBlank(message = "{error.required}") String password,
            String repeat,
            @NotNull(message = "{error.required}") City city,
            Locale language,
            @NotNull(message = "{error.required}") LocalDate birthDate,
            String guardianEmail,

            @AssertTrue(message = "{register.error.privacy}") boolean privacyAccepted) {}

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final ComboBox<City> city = new ComboBox<>();
    final Select<Locale> language = new Select<>();
    final DatePicker birthDate = LocalDates.localize(new DatePicker());
    final EmailField guardianEmail = new EmailField();
    final Checkbox privacyAccepted = new Checkbox();
    final Button create = new Button();
    private final FormBinder<RegisterForm> binder = new FormBinder<>(RegisterForm.class);

    private final RegistrationService registration;

    RegisterView(RegistrationService registration, CityService cities, RateLimits limits) {
        this.registration = registration;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        LocalDate today = LocalDate.now();
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(120);
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(255);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.helper", AccountService.MIN_PASSWORD));
        repeat.setLabel(getTranslation("register.repeat"));
        city.setLabel(getTranslation("register.city"));
        city.setItems(cities.allCities(getLocale()));
        city.setItemLabelGenerator(c -> c.name(getLocale()));
        language.setLabel(getTranslation("register.language"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + TranslationProvider.tag(l)));
        birthDate.setLabel(getTranslation("rights.register.birth-date"));
        birthDate.setMin(today.minusYears(120));
        birthDate.setMax(today.minusYears(6));
        // Opens on a young person's likely year, not on today's month, which nobody registering was born in.
        birthDate.setInitialPosition(today.minusYears(15));
        birthDate.setLocale(getLocale());
        guardianEmail.setLabel(getTranslation("rights.register.guardian-email"));
        guardianEmail.setMaxLength(255);
        guardianEmail.setVisible(false);
        privacyAccepted.setLabel(getTranslation("register.privacy-accept"));
        Paragraph privacy = new Paragraph(getTranslation("rights.register.privacy-summary") + " ");
        Anchor notice = new Anchor("privacy", getTranslation("rights.register.privacy-link"));
        notice.setTarget(AnchorTarget.BLANK);
        notice.setId("privacy-link");
        privacy.add(notice);

        binder.forField(name).bind("name");
        binder.forField(email).bind("email");
        binder.forField(password)
                .withValidator(
                        p -> p.isEmpty() || p.length() >= AccountService.MIN_PASSWORD,
                        getTranslation("password.error.length", AccountService.MIN_PASSWORD))
                .withValidator(
                        p -> !AccountService.passwordTooLong(p),
                        getTranslation("password.error.too-long", AccountService.MAX_PASSWORD_BYTES))
                .bind("password");
        binder.forField(repeat)
                .withValidator(r -> r.equals(password.getValue()), getTranslation("password.error.mismatch"))
                .bind("repeat");
        binder.forField(city).bind("city");
        // Not required: a required vaadin-select puts aria-required on its value button, which a button may not
        // carry (axe: aria-allowed-attr, critical). The select starts filled and cannot be emptied anyway.
        binder.forField(language)
                .withValidator(v -> v != null, getTranslation("error.required"))
                .bind("language");
        binder.forField(birthDate)
                .withValidator(
                        d -> d == null || (!d.isBefore(today.minusYears(120)) && !d.isAfter(today.minusYears(6))),
                        getTranslation("register.error.birth-date"))
                .bind("birthDate");
        binder.forField(guardianEmail)
                .withValidator(g -> !underConsentAge() || !g.isBlank(), getTranslation("register.error.guardian-email"))
                .withValidator(
                        g -> g.isBlank() || g.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), getTranslation("error.email"))
                .bind("guardianEmail");
        binder.forField(privacyAccepted).bind("privacyAccepted");
        binder.readRecord(
                new RegisterForm("", "", "", "", null, TranslationProvider.supported(getLocale()), null, "", false));
        birthDate.addValueChangeListener(e -> showGuardian());
        city.addValueChangeListener(e -> showGuardian());

        create.setText(getTranslation("register.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> binder.value()
                .filter(f -> allowed(limits, f.email()))
                .ifPresent(f -> {
                    if (binder.save(
                            form -> registration.register(new RegistrationDraft(
                                    form.name(),
                                    form.email(),
                                    form.password(),
                                    form.city().getId(),
                                    TranslationProvider.tag(form.language()),
                                    form.birthDate(),
                                    underConsentAge() ? form.guardianEmail() : null,
                                    form.privacyAccepted())),
                            () -> {})) {
                        Notifications.success(getTranslation(
                                underConsentAge() ? "rights.register.done-guardian" : "rights.register.done"));
                        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
                    }
                }));

        FormLayout layout = new FormLayout(
                name, email, password, repeat, city, language, birthDate, guardianEmail, privacy, privacyAccepted);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(privacy, 2);
        layout.setColspan(privacyAccepted, 2);
        layout.setColspan(guardianEmail, 2);
        add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), layout, create);
    }

    /** Registrations per address and per e-mail are limited; the wait is shown on the e-mail field. */
    private boolean allowed(RateLimits limits, String address) {
        try {
            limits.attempt(RateLimits.Action.REGISTER, ClientAddress.current(), address);
            return true;
        } catch (TooManyAttempts e) {
            email.setErrorMessage(getTranslation(e.key(), e.params()));
            email.setInvalid(true);
            return false;
        }
    }

    /** Under the age of digital consent of the chosen city's country (unknown until both are chosen). */
    private boolean underConsentAge() {
        LocalDate born = birthDate.getValue();
        City c = city.getValue();
        return born != null
                && c != null
                && Period.between(born, LocalDate.now()).getYears() < registration.consentAge(c.getId());
    }

    private void showGuardian() {
        boolean under = underConsentAge();
        guardianEmail.setVisible(under);
        guardianEmail.setRequiredIndicatorVisible(under);
        if (under) {
            guardianEmail.setHelperText(getTranslation(
                    "rights.register.guardian-helper",
                    registration.consentAge(city.getValue().getId())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
