package org.mesta.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages a city speaks, its first language first (the one every required text must be written in), the
 * others in alphabetical order of their codes. Built from a city: {@code Languages.of(city.getDefaultLanguage(),
 * city.getOfferedLanguages())}.
 */
public record Languages(List<String> codes) {

    public Languages {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a city speaks at least one language");
        }
        codes = List.copyOf(codes);
    }

    public static Languages of(String first, Collection<String> offered) {
        Objects.requireNonNull(first, "first");
        List<String> codes = new ArrayList<>(List.of(first));
        offered.stream()
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .filter(c -> !c.equals(first))
                .forEach(codes::add);
        return new Languages(codes);
    }

    /** The language every required text must be written in. */
    public String first() {
        return codes.getFirst();
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /**
     * Which of the languages a text is written in a reader is shown: their UI language, else the city's first
     * language, else English, else any (the first given). Empty when there is no text at all. Every public page
     * picks content through this one rule, and says so when the language picked is not the reader's.
     */
    public static Optional<String> pick(
            Collection<String> written, @Nullable Locale reader, @Nullable String cityFirst) {
        List<String> wanted = new ArrayList<>();
        if (reader != null) wanted.add(TranslationProvider.tag(reader));
        if (cityFirst != null) wanted.add(cityFirst);
        wanted.add("en");
        return wanted.stream()
                .filter(written::contains)
                .findFirst()
                .or(() -> written.stream().findFirst());
    }

    /**
     * The language's name in the reader's language as it is written inside a sentence or label ("English",
     * "slovenščina": Slovenian, like most languages, does not capitalise language names).
     */
    public static String displayName(String code, Locale reader) {
        Locale language = Locale.forLanguageTag(code);
        String name =
                language.getScript().isEmpty() ? language.getDisplayLanguage(reader) : language.getDisplayName(reader);
        return name.isEmpty() ? code : name;
    }
}
