package org.mesta.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Problem;
import org.mesta.base.UserError;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way to build a form: a record holds the form's data, fields bind to its components by name
 * ({@code binder.forField(name).bind("name")}), the record's Bean Validation constraints check each field with
 * their messages translated ({@code @NotBlank(message = "{error.required}")}), and {@link #save} hands the record to
 * a service call, putting each {@link Problem} the service refuses with next to its field and answering "someone
 * else changed it" with {@link StaleEdit}. A form record is {@code public} (Binder reads and creates it by
 * reflection; it may be nested in a package-private dialog) and has only its canonical constructor.
 */
public class FormBinder<T extends Record> extends Binder<T> {

    private static final Set<Class<?>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);
    private final Map<String, HasValidation> named = new HashMap<>();

    public FormBinder(Class<T> type) {
        super(type, false);
    }

    @Override
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding, PropertyDefinition<T, ?> definition) {
        Class<?> holder = definition.getPropertyHolderType();
        String property = definition.getTopLevelName();
        TranslatedBeanValidator validator = new TranslatedBeanValidator(holder, property);
        var constraints =
                validator.getJavaxBeanValidator().getConstraintsForClass(holder).getConstraintsForProperty(property);
        if (constraints != null
                && constraints.getConstraintDescriptors().stream()
                        .anyMatch(c -> REQUIRED.contains(c.getAnnotation().annotationType()))) {
            binding.getField().setRequiredIndicatorVisible(true);
        }
        return binding.withValidator(validator);
    }

    /**
     * A component's own check (an e-mail field's pattern, a number field's unreadable input) has no message of
     * ours: give it one in the person's language rather than an empty red line.
     */
    @Override
    protected void handleValidationStatus(BindingValidationStatus<?> status) {
        super.handleValidationStatus(status);
        if (status.isError()
                && status.getMessage().orElse("").isEmpty()
                && status.getField() instanceof HasValidation field) {
            field.setErrorMessage(
                    UI.getCurrent().getTranslation(field instanceof EmailField ? "error.email" : "error.invalid"));
        }
    }

    /** Names a field that is not bound to a record component, so a service's problem with that name finds it. */
    public FormBinder<T> name(String field, HasValidation component) {
        named.put(field, component);
        return this;
    }

    /** The form's record when every field is right; otherwise each message shows next to its field. */
    public Optional<T> value() {
        try {
            return Optional.of(writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks the fields, then runs the service call with the record. A refusal ({@link UserError}, or the
     * service's own Bean Validation) shows each problem next to its field, the others as a notification; a
     * stale version opens {@link StaleEdit} with {@code reload}. True when the call went through.
     */
    public boolean save(Consumer<T> call, Runnable reload) {
        Optional<T> value = value();
        if (value.isEmpty()) {
            return false;
        }
        try {
            call.accept(value.get());
            return true;
        } catch (UserError e) {
            showOrNotify(e.problems());
        } catch (ConstraintViolationException e) {
            showOrNotify(e.getConstraintViolations().stream().map(Problem::of).toList());
        } catch (OptimisticLockingFailureException e) {
            StaleEdit.tell(reload);
        }
        return false;
    }

    /** Shows each problem next to its field and returns the ones no field of this form shows. */
    public List<Problem> show(Collection<Problem> problems) {
        List<Problem> left = new ArrayList<>();
        for (Problem p : problems) {
            String message = getTranslation(p);
            if (!showAt(p.field(), message)) {
                left.add(p);
            }
        }
        return left;
    }

    private void showOrNotify(Collection<Problem> problems) {
        List<Problem> left = show(problems);
        if (!left.isEmpty()) {
            Notifications.error(String.join(
                    " ", left.stream().map(FormBinder::getTranslation).toList()));
        }
    }

    private boolean showAt(String field, String message) {
        HasValidation target = named.get(field);
        if (target == null) {
            target = fieldOf(field);
        }
        if (target == null && field.contains(".")) {
            // "description.sl": the Slovenian input of the multilingual field bound as "description".
            String property = field.substring(0, field.lastIndexOf('.'));
            String language = field.substring(field.lastIndexOf('.') + 1);
            HasValidation whole = named.containsKey(property) ? named.get(property) : fieldOf(property);
            if (whole instanceof MultilingualField multilingual) {
                multilingual.showProblem(language, message);
                return true;
            }
            target = whole;
        }
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private @Nullable HasValidation fieldOf(String property) {
        if (property.isEmpty()) {
            return null;
        }
        try {
            HasValue<?, ?> field = getBinding(property).map(Binding::getField).orElse(null);
            return field instanceof HasValidation v ? v : null;
        } catch (IllegalArgumentException | IllegalStateException notAProperty) {
            return null;
        }
    }

    private static String getTranslation(Problem p) {
        return UI.getCurrent().getTranslation(p.key(), p.params());
    }
}
