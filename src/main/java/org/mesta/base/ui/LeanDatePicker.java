package org.mesta.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mesta.base.TranslationProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code vaadin-date-picker} for a filter on a public page (#17): the same web component, calendar and keyboard as
 * Vaadin's {@link DatePicker}, in the reader's language, but one node of the session's state with one listener.
 *
 * <p>Vaadin's {@code DatePicker} listens for validation, unparsable input and its overlay, and keeps the Java side of
 * a validating field: 4–5 KB per picker and visitor for as long as the page is open. A filter needs none of that: an
 * unreadable date is no date (the browser marks the field), and the value is the ISO date the browser commits. The
 * month names and date formats are {@link LocalDates}' shared ones, handed to Vaadin's own date-picker connector when
 * the picker reaches the browser, so nothing of them stays in the session.
 */
@Tag("vaadin-date-picker")
@Uses(DatePicker.class)
@JsModule("./datepickerConnector.js")
public class LeanDatePicker extends AbstractSinglePropertyField<LeanDatePicker, LocalDate>
        implements HasLabel, HasSize {

    /** The texts as the connector reads them, one per language for every picker. */
    private static final Map<Locale, JsonNode> I18N = new ConcurrentHashMap<>();

    public LeanDatePicker() {
        super("value", null, String.class, LeanDatePicker::parse, date -> date == null ? "" : date.toString());
    }

    private static @Nullable LocalDate parse(String iso) {
        if (iso == null || iso.isEmpty()) return null;
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException madeUp) {
            return null; // the browser sends ISO dates; anything else is no date
        }
    }

    /** Only the texts set: a null would replace the web component's own default in the browser. */
    static JsonNode i18n(Locale locale) {
        return I18N.computeIfAbsent(locale, LeanDatePicker::texts);
    }

    private static JsonNode texts(Locale locale) {
        ObjectNode json = JacksonUtils.beanToJson(LocalDates.i18n(locale));
        json.remove(json.properties().stream()
                .filter(field -> field.getValue().isNull())
                .map(Map.Entry::getKey)
                .toList());
        return json;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        Locale locale = TranslationProvider.supported(getLocale());
        JsonNode i18n = i18n(locale);
        getElement()
                .executeJs(
                        "window.Vaadin.Flow.datepickerConnector.initLazy(this); this.$connector.updateI18n($0, $1)",
                        locale.toLanguageTag(),
                        i18n);
    }
}
