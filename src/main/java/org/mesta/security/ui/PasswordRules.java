package org.mesta.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.mesta.security.AccountService;

/** The password checks every form shows next to its fields before asking the server. */
final class PasswordRules {

    private PasswordRules() {}

    static boolean check(PasswordField password, PasswordField repeat) {
        String value = password.getValue();
        if (value.length() < AccountService.MIN_PASSWORD) {
            password.setErrorMessage(password.getTranslation("password.error.length", AccountService.MIN_PASSWORD));
            password.setInvalid(true);
            password.focus();
            return false;
        }
        if (AccountService.passwordTooLong(value)) {
            password.setErrorMessage(
                    password.getTranslation("password.error.too-long", AccountService.MAX_PASSWORD_BYTES));
            password.setInvalid(true);
            password.focus();
            return false;
        }
        password.setInvalid(false);
        if (!value.equals(repeat.getValue())) {
            repeat.setErrorMessage(repeat.getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            repeat.focus();
            return false;
        }
        repeat.setInvalid(false);
        return true;
    }
}
