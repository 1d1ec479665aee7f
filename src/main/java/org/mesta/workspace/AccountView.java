package org.mesta.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.city.CityService;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.mesta.security.EmailConfirmationService;

/** Every signed-in person's own account: what we keep about them, and a new password. */
@Route("account")
@Menu(title = "nav.account", order = 90, icon = "vaadin:user")
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button change = new Button();
    final EmailField newEmail = new EmailField();
    final PasswordField emailPassword = new PasswordField();
    final Button changeEmail = new Button();

    AccountView(AccountService accounts, CityService cities, EmailConfirmationService confirmation) {
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        Account me = accounts.me();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(me.getDisplayName()), getTranslation("register.name"));
        facts.addFormItem(new Span(me.getEmail()), getTranslation("register.email"));
        facts.addFormItem(
                new Span(cities.findCity(me.getCityId())
                        .map(c -> c.name(getLocale()))
                        .orElse("—")),
                getTranslation("register.city"));
        facts.addFormItem(
                new Span(me.getRoles().stream()
                        .map(r -> getTranslation(r.translationKey()))
                        .collect(Collectors.joining(", "))),
                getTranslation("people.roles"));
        facts.addFormItem(
                new Span(getTranslation("language." + me.getPreferredLanguage())), getTranslation("register.language"));
        facts.addFormItem(
                new Span(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(getLocale())
                        .withZone(ClientTime.zone())
                        .format(me.getCreatedAt())),
                getTranslation("account.member-since"));

        current.setLabel(getTranslation("account.current-password"));
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("password.helper", AccountService.MIN_PASSWORD));
        repeat.setLabel(getTranslation("reset.repeat"));
        change.setText(getTranslation("account.change-password"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            if (password.getValue().length() < AccountService.MIN_PASSWORD) {
                password.setErrorMessage(getTranslation("password.error.length", AccountService.MIN_PASSWORD));
                password.setInvalid(true);
                return;
            }
            if (AccountService.passwordTooLong(password.getValue())) {
                password.setErrorMessage(getTranslation("password.error.too-long", AccountService.MAX_PASSWORD_BYTES));
                password.setInvalid(true);
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            if (Notifications.attempt(() -> accounts.changePassword(current.getValue(), password.getValue()))) {
                Notifications.success(getTranslation("account.password-changed"));
                current.clear();
                password.clear();
                repeat.clear();
            }
        });
        FormLayout passwordForm = new FormLayout(current, password, repeat);

        // A new address takes effect only when the link sent to it is followed; the old address is told.
        newEmail.setLabel(getTranslation("rights.email.new"));
        newEmail.setMaxLength(255);
        newEmail.setId("new-email");
        emailPassword.setLabel(getTranslation("rights.email.confirm-password"));
        emailPassword.setId("email-password");
        changeEmail.setText(getTranslation("rights.email.send"));
        changeEmail.setId("change-email");
        changeEmail.addClickListener(e -> {
            if (Notifications.attempt(
                    () -> confirmation.requestEmailChange(newEmail.getValue(), emailPassword.getValue()))) {
                Notifications.success(getTranslation("rights.email.sent", newEmail.getValue()));
                emailPassword.clear();
            }
        });
        Anchor myData = new Anchor("my/data", getTranslation("rights.data.title"));
        myData.setId("my-data-link");
        add(
                new H2(getTranslation("nav.account")),
                facts,
                new H3(getTranslation("account.change-password")),
                passwordForm,
                change,
                new H3(getTranslation("rights.email.title")),
                new FormLayout(newEmail, emailPassword),
                changeEmail,
                new H3(getTranslation("rights.data.title")),
                new Paragraph(new Span(getTranslation("rights.data.short") + " "), myData));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
