package org.mesta.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.mesta.base.TranslationProvider;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The language switcher: a {@code vaadin-select} whose options the browser draws (mesta-language-select.ts) from
 * its {@code languages} property, each language named in itself with its short form for phones (#17).
 *
 * <p>The switcher is on every page of every session. As a {@link Select} with a component per option it was 17 nodes
 * of the state tree and a renderer per tab; this is one node, and the list of languages, the same for every reader of
 * a language, is one array shared by all of them.
 */
@Tag("vaadin-select")
@Uses(Select.class)
@JsModule("./mesta-language-select.ts")
public class LanguageSelect extends AbstractSinglePropertyField<LanguageSelect, Locale> implements HasAriaLabel {

    private static final Map<String, ArrayNode> SHARED = new ConcurrentHashMap<>();

    /** A language as the switcher offers it. */
    public record Language(String tag, String name, String shortName) {}

    public LanguageSelect() {
        super(
                "value",
                null,
                String.class,
                tag -> tag == null || tag.isEmpty() || !isOffered(tag) ? null : TranslationProvider.locale(tag),
                locale -> locale == null ? "" : TranslationProvider.tag(locale));
    }

    private static boolean isOffered(String tag) {
        return TranslationProvider.LOCALES.stream()
                .anyMatch(l -> TranslationProvider.tag(l).equals(tag));
    }

    /** Offers the languages, each with its name (in itself) and short form as the translations give them. */
    public void setLanguages(List<Locale> locales, Function<Locale, Language> language) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (Locale locale : locales) {
            Language l = language.apply(locale);
            items.addObject().put("value", l.tag()).put("name", l.name()).put("short", l.shortName());
        }
        getElement().setPropertyJson("languages", SHARED.computeIfAbsent(items.toString(), k -> items));
    }

    /** The languages offered, as the browser draws them. */
    public List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        if (getElement().getPropertyRaw("languages") instanceof ArrayNode items) {
            items.forEach(i -> languages.add(new Language(
                    i.get("value").asString(),
                    i.get("name").asString(),
                    i.get("short").asString())));
        }
        return languages;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Sent with each attach, not kept in the state: the browser draws the options itself.
        getElement().executeJs("window.mestaLanguageSelect(this)");
    }
}
