package org.mesta.base.ui;

import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import org.mesta.base.Problem;
import org.mesta.base.TranslationProvider;

/**
 * Bean Validation for one property of a form's record, its message in the person's language: a constraint
 * written {@code @NotBlank(message = "{error.required}")} shows the translation of {@code error.required}
 * (see {@link Problem#of} for the arguments and for constraints left with their default message).
 */
class TranslatedBeanValidator extends BeanValidator {

    TranslatedBeanValidator(Class<?> beanType, String propertyName) {
        super(beanType, propertyName);
    }

    @Override
    protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
        Problem problem = Problem.of(violation);
        return I18NProvider.translate(TranslationProvider.supported(locale), problem.key(), problem.params());
    }
}
