package org.mesta.badge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.MultilingualField;
import org.mesta.city.City;

/**
 * A badge's words in each of its city's languages: the words on the badge (name, subtitle, ribbon, picture
 * description), which redraw the preview as they are typed, and the longer description and criteria.
 */
class BadgeWordsField extends Composite<Div> {

    final MultilingualField name;
    final MultilingualField subtitle;
    final MultilingualField ribbon;
    final MultilingualField imageAlt;
    final MultilingualField description;
    final MultilingualField criteria;
    /** Each field by the name its problems use ("name" in "name.sl"). */
    private final Map<String, MultilingualField> fields = new LinkedHashMap<>();

    private final List<MultilingualField> drawn;
    private boolean loading;

    /** {@code changed} runs when someone changes words drawn on the badge. */
    BadgeWordsField(Languages languages, Runnable changed) {
        name = field("name", MultilingualField.line("badge.text.name", languages), 120);
        subtitle = field("subtitle", MultilingualField.line("badge.text.subtitle", languages), 120);
        ribbon = field("ribbon", MultilingualField.line("badge.text.ribbon", languages), 60);
        imageAlt = field("imageAlt", MultilingualField.line("badge.text.image-alt", languages), 300);
        description = field("description", MultilingualField.area("badge.text.description", languages), 2000);
        criteria = field("criteria", MultilingualField.area("badge.text.criteria", languages), 4000);
        drawn = List.of(name, subtitle, ribbon, imageAlt);
        drawn.forEach(f -> f.addValueChangeListener(e -> {
            if (!loading) changed.run();
        }));
        getContent().add(new H3(getTranslation("badge.design.words")));
        fields.values().forEach(getContent()::add);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        typedLive();
    }

    private MultilingualField field(String key, MultilingualField f, int max) {
        f.setMaxLength(max);
        fields.put(key, f);
        return f;
    }

    /** The preview follows the words on the badge as they are typed, not only when the input is left. */
    private void typedLive() {
        drawn.forEach(f -> f.inputs().values().forEach(i -> i.setValueChangeMode(ValueChangeMode.LAZY)));
    }

    /** The city's languages, its first first, and any other the badge already has words in. */
    static Languages languages(Optional<City> city, Map<String, BadgeTexts> texts, Locale reader) {
        Set<String> offered =
                new LinkedHashSet<>(city.map(City::getOfferedLanguages).orElse(Set.of()));
        texts.forEach((lang, t) -> {
            if (!t.equals(BadgeTexts.empty())) offered.add(lang);
        });
        String first = city.map(City::getDefaultLanguage)
                .orElse(
                        offered.isEmpty()
                                ? TranslationProvider.tag(reader)
                                : offered.iterator().next());
        return Languages.of(first, offered);
    }

    Languages languages() {
        return name.getLanguages();
    }

    /** A badge's words, in the inputs of the given languages (its city's, and any it already has words in). */
    void setValue(Map<String, BadgeTexts> texts, Languages languages) {
        loading = true;
        try {
            fields.values().forEach(f -> f.setLanguages(languages));
            typedLive();
            name.setValue(text(texts, BadgeTexts::name));
            subtitle.setValue(text(texts, BadgeTexts::subtitle));
            ribbon.setValue(text(texts, BadgeTexts::ribbon));
            imageAlt.setValue(text(texts, BadgeTexts::imageAlt));
            description.setValue(text(texts, BadgeTexts::description));
            criteria.setValue(text(texts, BadgeTexts::criteria));
        } finally {
            loading = false;
        }
    }

    private static MultilingualText text(Map<String, BadgeTexts> texts, Function<BadgeTexts, String> part) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((lang, t) -> out.put(lang, part.apply(t)));
        return new MultilingualText(out);
    }

    /** The words per language, every language of the inputs included (empty words where nothing was typed). */
    Map<String, BadgeTexts> getValue() {
        Map<String, BadgeTexts> out = new LinkedHashMap<>();
        for (String lang : languages().codes()) {
            out.put(
                    lang,
                    new BadgeTexts(
                            name.getValue().in(lang),
                            subtitle.getValue().in(lang),
                            ribbon.getValue().in(lang),
                            description.getValue().in(lang),
                            criteria.getValue().in(lang),
                            imageAlt.getValue().in(lang)));
        }
        return out;
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Shows a problem with one of the words ("name.sl"); false when the field is none of these. */
    boolean showProblem(String field, String message) {
        String[] parts = field.split("\\.");
        if (parts.length != 2 || !fields.containsKey(parts[0]) || !languages().contains(parts[1])) return false;
        fields.get(parts[0]).showProblem(parts[1], message);
        return true;
    }
}
