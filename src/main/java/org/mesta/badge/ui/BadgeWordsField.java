package org.mesta.badge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.ui.TranslationProvider;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A badge's words, one foldable group per language: the words on the badge (name, subtitle, ribbon, picture
 * description), which redraw the preview as they are typed, and the longer description and criteria.
 */
class BadgeWordsField extends Composite<Div> {

    /** Per language, the words drawn on the badge. */
    final Map<String, Map<String, TextField>> lines = new LinkedHashMap<>();
    /** Per language, the description and the criteria. */
    final Map<String, Map<String, TextArea>> about = new LinkedHashMap<>();
    private final Map<String, Details> groups = new LinkedHashMap<>();
    private boolean loading;

    /** {@code changed} runs when someone changes words drawn on the badge. */
    BadgeWordsField(Runnable changed) {
        getContent().add(new H3(getTranslation("badge.design.words")));
        for (Locale l : TranslationProvider.LOCALES) {
            String lang = l.getLanguage();
            String languageName = Locale.forLanguageTag(lang).getDisplayLanguage(getLocale());
            Map<String, TextField> line = new LinkedHashMap<>();
            line.put("name", field("badge.text.name", languageName, 120, changed));
            line.put("subtitle", field("badge.text.subtitle", languageName, 120, changed));
            line.put("ribbon", field("badge.text.ribbon", languageName, 60, changed));
            line.put("imageAlt", field("badge.text.image-alt", languageName, 300, changed));
            Map<String, TextArea> long_ = new LinkedHashMap<>();
            long_.put("description", area("badge.text.description", languageName, 2000));
            long_.put("criteria", area("badge.text.criteria", languageName, 4000));
            lines.put(lang, line);
            about.put(lang, long_);
            Div fields = new Div();
            line.values().forEach(fields::add);
            long_.values().forEach(fields::add);
            fields.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            Details details = new Details(languageName, fields);
            groups.put(lang, details);
            getContent().add(details);
        }
    }

    private TextField field(String key, String languageName, int max, Runnable changed) {
        TextField f = new TextField(getTranslation(key, languageName));
        f.setMaxLength(max);
        f.setWidthFull();
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.addValueChangeListener(e -> {
            if (!loading) changed.run();
        });
        return f;
    }

    private TextArea area(String key, String languageName, int max) {
        TextArea a = new TextArea(getTranslation(key, languageName));
        a.setMaxLength(max);
        a.setWidthFull();
        return a;
    }

    /** A badge's words; the reader's language and every language with words are unfolded. */
    void setValue(Map<String, BadgeTexts> texts, String readerLanguage) {
        loading = true;
        try {
            lines.forEach((lang, line) -> {
                BadgeTexts t = texts.getOrDefault(lang, BadgeTexts.empty());
                line.get("name").setValue(t.name());
                line.get("subtitle").setValue(t.subtitle());
                line.get("ribbon").setValue(t.ribbon());
                line.get("imageAlt").setValue(t.imageAlt());
                about.get(lang).get("description").setValue(t.description());
                about.get(lang).get("criteria").setValue(t.criteria());
                groups.get(lang).setOpened(lang.equals(readerLanguage) || !t.isEmpty());
            });
        } finally {
            loading = false;
        }
    }

    Map<String, BadgeTexts> getValue() {
        Map<String, BadgeTexts> out = new LinkedHashMap<>();
        lines.forEach((lang, line) -> out.put(lang, new BadgeTexts(line.get("name").getValue(),
                line.get("subtitle").getValue(), line.get("ribbon").getValue(),
                about.get(lang).get("description").getValue(), about.get(lang).get("criteria").getValue(),
                line.get("imageAlt").getValue())));
        return out;
    }

    void clearProblems() {
        lines.values().forEach(m -> m.values().forEach(f -> f.setInvalid(false)));
        about.values().forEach(m -> m.values().forEach(f -> f.setInvalid(false)));
    }

    /** Shows a problem with one of the words ("name.sl"); false when the field is none of these. */
    boolean showProblem(String field, String message) {
        String[] parts = field.split("\\.");
        if (parts.length != 2 || !lines.containsKey(parts[1])) return false;
        TextField f = lines.get(parts[1]).get(parts[0]);
        TextArea a = about.get(parts[1]).get(parts[0]);
        if (f != null) {
            f.setErrorMessage(message);
            f.setInvalid(true);
        }
        if (a != null) {
            a.setErrorMessage(message);
            a.setInvalid(true);
        }
        return true;
    }
}
