package org.mesta.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One text in several languages (language code → text), such as an organisation's description in each of its
 * city's languages. Blank texts are dropped and the others trimmed, so "has a text in sl" means something.
 */
public record MultilingualText(Map<String, String> texts) {

    public static final MultilingualText EMPTY = new MultilingualText(Map.of());

    public MultilingualText {
        Map<String, String> kept = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    // Canonical tags ("sr-Cyrl", "sr", "en"), so "SR-cyrl" and "sr-Cyrl" (or "sr-Latn" and "sr") are
                    // one.
                    String tag = TranslationProvider.tag(Locale.forLanguageTag(language.strip()));
                    kept.put(tag.isEmpty() ? language.strip().toLowerCase(Locale.ROOT) : tag, text.strip());
                }
            });
        }
        texts = Collections.unmodifiableMap(kept);
    }

    public static MultilingualText of(Map<String, String> texts) {
        return new MultilingualText(texts);
    }

    /** The text in this language, or "" when there is none. */
    public String in(String language) {
        return texts.getOrDefault(language, "");
    }

    public boolean has(String language) {
        return texts.containsKey(language);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The reader's language, else the fallback language (usually the city's first), else English, else any. */
    public Optional<String> best(Locale reader, String fallbackLanguage) {
        return shownLanguage(reader, fallbackLanguage).map(this::in);
    }

    /** The language {@link #best} shows ({@link Languages#pick}), to say so when it is not the reader's. */
    public Optional<String> shownLanguage(Locale reader, String fallbackLanguage) {
        return Languages.pick(texts.keySet(), reader, fallbackLanguage);
    }

    /** This text with one language's text replaced (or removed, when blank). */
    public MultilingualText with(String language, String text) {
        Map<String, String> changed = new LinkedHashMap<>(texts);
        changed.put(language, text);
        return new MultilingualText(changed);
    }
}
