package org.mesta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.ui.Notifications;
import org.mesta.base.TranslationProvider;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.mesta.security.RegistrationDraft;

import java.time.Year;
import java.util.Locale;

/** A young person creates a learner account. Under-16s need a guardian's consent, as the privacy notice says. */
@Route("register")
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    /** The form's editable state; the binder validates it field by field before the service sees it. */
    static final class Form {
        String name = "";
        String email = "";
        String password = "";
        City city;
        Locale language;
        Integer birthYear;
        boolean guardianConsent;
        boolean privacyAccepted;
    }

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final ComboBox<City> city = new ComboBox<>();
    final Select<Locale> language = new Select<>();
    final IntegerField birthYear = new IntegerField();
    final Checkbox guardianConsent = new Checkbox();
    final Checkbox privacyAccepted = new Checkbox();
    final Button create = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();

    RegisterView(AccountService accounts, CityService cities, org.mesta.base.RateLimits limits) {
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        int thisYear = Year.now().getValue();
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
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        birthYear.setLabel(getTranslation("register.birth-year"));
        birthYear.setMin(thisYear - 120);
        birthYear.setMax(thisYear - 6);
        guardianConsent.setLabel(getTranslation("register.guardian-consent"));
        guardianConsent.setVisible(false);
        privacyAccepted.setLabel(getTranslation("register.privacy-accept"));
        Details privacy = new Details(getTranslation("register.privacy-title"),
                new Paragraph(getTranslation("register.privacy-text")));

        binder.forField(name).asRequired(getTranslation("error.required"))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(email).asRequired(getTranslation("error.required"))
                .withValidator(new EmailValidator(getTranslation("error.email")))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(password).asRequired(getTranslation("error.required"))
                .withValidator(p -> p.length() >= AccountService.MIN_PASSWORD,
                        getTranslation("password.error.length", AccountService.MIN_PASSWORD))
                .withValidator(p -> !AccountService.passwordTooLong(p),
                        getTranslation("password.error.too-long", AccountService.MAX_PASSWORD_BYTES))
                .bind(f -> f.password, (f, v) -> f.password = v);
        binder.forField(repeat).withValidator(r -> r.equals(password.getValue()), getTranslation("password.error.mismatch"))
                .bind(f -> f.password, (f, v) -> { });
        binder.forField(city).asRequired(getTranslation("error.required"))
                .bind(f -> f.city, (f, v) -> f.city = v);
        // Not asRequired: a required vaadin-select puts aria-required on its value button, which a button may not
        // carry (axe: aria-allowed-attr, critical). The select starts filled and cannot be emptied anyway.
        binder.forField(language).withValidator(v -> v != null, getTranslation("error.required"))
                .bind(f -> f.language, (f, v) -> f.language = v);
        binder.forField(birthYear).asRequired(getTranslation("error.required"))
                .withValidator(y -> y >= thisYear - 120 && y <= thisYear - 6, getTranslation("register.error.birth-year"))
                .bind(f -> f.birthYear, (f, v) -> f.birthYear = v);
        binder.forField(guardianConsent)
                .withValidator(c -> c || !underConsentAge(), getTranslation("register.error.guardian-consent"))
                .bind(f -> f.guardianConsent, (f, v) -> f.guardianConsent = v);
        binder.forField(privacyAccepted).withValidator(c -> c, getTranslation("register.error.privacy"))
                .bind(f -> f.privacyAccepted, (f, v) -> f.privacyAccepted = v);
        form.language = TranslationProvider.supported(getLocale());
        binder.readBean(form);
        birthYear.addValueChangeListener(e -> guardianConsent.setVisible(underConsentAge()));

        create.setText(getTranslation("register.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            if (binder.writeBeanIfValid(form) && allowed(limits) && Notifications.attempt(() -> accounts.register(new RegistrationDraft(
                    form.name, form.email, form.password, form.city.getId(), form.language.getLanguage(),
                    form.birthYear, form.guardianConsent, form.privacyAccepted)))) {
                Notifications.success(getTranslation("register.done"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            }
        });

        FormLayout layout = new FormLayout(name, email, password, repeat, city, language, birthYear, guardianConsent,
                privacy, privacyAccepted);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(privacy, 2);
        layout.setColspan(privacyAccepted, 2);
        layout.setColspan(guardianConsent, 2);
        add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), layout, create);
    }

    /** Registrations per address and per e-mail are limited; the wait is shown on the e-mail field. */
    private boolean allowed(org.mesta.base.RateLimits limits) {
        try {
            limits.attempt(org.mesta.base.RateLimits.Action.REGISTER, org.mesta.base.ui.ClientAddress.current(), form.email);
            return true;
        } catch (org.mesta.base.TooManyAttempts e) {
            email.setErrorMessage(getTranslation(e.key(), e.params()));
            email.setInvalid(true);
            return false;
        }
    }

    private boolean underConsentAge() {
        Integer year = birthYear.getValue();
        return year != null && Year.now().getValue() - year < AccountService.CONSENT_AGE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
