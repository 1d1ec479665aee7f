package org.mesta.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;

/**
 * One text in each of a city's languages: one labelled input per language ("Description in Slovenian"), the
 * city's first language first and, when {@link #setRequired required}, required in that language. The inputs
 * stack full width (phones) and are ordinary text inputs one Tab apart (keyboards). Binder puts its messages on
 * the first language's input; {@link #showProblem} puts a message on any language's.
 */
public class MultilingualField extends CustomField<MultilingualText> implements HasValidator<MultilingualText> {

    private final String labelKey;
    private final boolean multiline;
    private final Map<String, TextFieldBase<?, String>> inputs = new LinkedHashMap<>();
    private final Div column = new Div();
    private Languages languages;
    private boolean required;
    private int maxLength;
    private boolean invalid;
    private String errorMessage;
    private boolean filling;

    private MultilingualField(String labelKey, Languages languages, boolean multiline) {
        super(MultilingualText.EMPTY);
        this.labelKey = labelKey;
        this.multiline = multiline;
        column.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Width.FULL);
        add(column);
        setWidthFull();
        setLanguages(languages);
    }

    /** One line per language; {@code labelKey} is a translation with {0} for the language ("Name in {0}"). */
    public static MultilingualField line(String labelKey, Languages languages) {
        return new MultilingualField(labelKey, languages, false);
    }

    /** Several lines per language (descriptions). */
    public static MultilingualField area(String labelKey, Languages languages) {
        return new MultilingualField(labelKey, languages, true);
    }

    /** Shows the inputs of these languages (another city was chosen); what was typed in a kept language stays. */
    public void setLanguages(Languages languages) {
        MultilingualText typed = inputs.isEmpty() ? getValue() : generateModelValue();
        this.languages = languages;
        inputs.clear();
        column.removeAll();
        for (String language : languages.codes()) {
            TextFieldBase<?, String> input = multiline ? new TextArea() : new TextField();
            input.setLabel(getTranslation(labelKey, Languages.displayName(language, getLocale())));
            input.getElement().setAttribute("lang", language);
            input.setWidthFull();
            input.setValue(typed.in(language));
            input.addValueChangeListener(e -> {
                if (!filling) {
                    updateValue();
                }
            });
            inputs.put(language, input);
            column.add(input);
        }
        applyMaxLength();
        applyRequired();
        updateValue();
    }

    public Languages getLanguages() {
        return languages;
    }

    /** The input of each language, in order: for tests and for focusing one. */
    public Map<String, TextFieldBase<?, String>> inputs() {
        return Collections.unmodifiableMap(inputs);
    }

    /** Whether a text in the city's first language is needed (the other languages stay optional). */
    public void setRequired(boolean required) {
        this.required = required;
        applyRequired();
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        // Binder marks the whole field required; the need is only in the first language.
        setRequired(visible);
    }

    public void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
        applyMaxLength();
    }

    @Override
    public Validator<MultilingualText> getDefaultValidator() {
        return (value, context) -> !required || value.has(languages.first())
                ? ValidationResult.ok()
                : ValidationResult.error(getTranslation(
                        "form.multilingual.required", Languages.displayName(languages.first(), getLocale())));
    }

    /** Puts a message on one language's input (a service's {@code Problem} for "description.sl"). */
    public void showProblem(String language, String message) {
        TextFieldBase<?, String> input = inputs.getOrDefault(language, inputs.get(languages.first()));
        input.setErrorMessage(message);
        input.setInvalid(message != null);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        showProblem(languages.first(), invalid ? errorMessage : null);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        if (!invalid) {
            inputs.values().forEach(i -> i.setInvalid(false));
        } else {
            showProblem(languages.first(), errorMessage);
        }
    }

    @Override
    public boolean isInvalid() {
        return invalid || inputs.values().stream().anyMatch(TextFieldBase::isInvalid);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        inputs.values().forEach(i -> i.setReadOnly(readOnly));
    }

    @Override
    protected MultilingualText generateModelValue() {
        Map<String, String> texts = new LinkedHashMap<>();
        inputs.forEach((language, input) -> texts.put(language, input.getValue()));
        return new MultilingualText(texts);
    }

    @Override
    protected void setPresentationValue(MultilingualText value) {
        filling = true;
        try {
            inputs.forEach((language, input) -> input.setValue(value == null ? "" : value.in(language)));
        } finally {
            filling = false;
        }
    }

    private void applyRequired() {
        inputs.forEach(
                (language, input) -> input.setRequiredIndicatorVisible(required && language.equals(languages.first())));
    }

    private void applyMaxLength() {
        if (maxLength > 0) {
            inputs.values().forEach(i -> {
                if (i instanceof TextField f) f.setMaxLength(maxLength);
                if (i instanceof TextArea a) a.setMaxLength(maxLength);
            });
        }
    }
}
