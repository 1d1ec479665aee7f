package org.mesta.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads {@code vaadin-i18n/translations*.properties}. English is the base file itself, so it has no
 * copy of its own; {@link #LOCALES} lists every language the files are complete for (a test checks).
 * Values are ICU MessageFormat patterns, so {@code plural} follows each language's CLDR categories
 * (Slovenian "two", Lithuanian "few"/"many" …); {@code choice} and {@code ''} keep working.
 */
@Component
public class TranslationProvider implements I18NProvider {

    /**
     * The UI languages, in the order they are offered. Serbian comes in two scripts: {@code sr-Latn} (tag and
     * file {@code sr}, the first, so a plain {@code sr} reads Latin) and {@code sr-Cyrl} (file {@code sr_Cyrl}).
     * Latin is named with its script because the JDK's and ICU's locale data write plain {@code sr} dates and
     * month names in Cyrillic.
     */
    public static final List<Locale> LOCALES = List.of(
            Locale.ENGLISH,
            Locale.forLanguageTag("sl"),
            Locale.forLanguageTag("lt"),
            Locale.forLanguageTag("sr-Latn"),
            Locale.forLanguageTag("sr-Cyrl"),
            Locale.forLanguageTag("hr"),
            Locale.forLanguageTag("mk"),
            Locale.forLanguageTag("it"));

    private final String bundle;

    public TranslationProvider() {
        this("vaadin-i18n/translations");
    }

    /** For tests: another bundle of ICU patterns, read the same way. */
    TranslationProvider(String bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale wanted = supported(locale);
        try {
            // Always a MessageFormat pattern, with or without parameters, so quoting ('') means one thing.
            MessageFormat format = new MessageFormat(bundle(wanted).getString(key), ULocale.forLocale(wanted));
            try {
                return format.format(params);
            } catch (IllegalArgumentException e) {
                // A count that arrives as text (e.g. kept in a history row as a string) where a translation
                // counts with plural: read it as the number it is rather than failing the screen.
                return format.format(numbersRead(params));
            }
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /**
     * The UI language for what a browser or account asks for: same language and script first, else the
     * language's first script in {@link #LOCALES} (a browser sending {@code sr}, {@code sr-RS} or
     * {@code sr-Latn} reads Latin, {@code sr-Cyrl-RS} Cyrillic), else English.
     */
    public static Locale supported(@Nullable Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        String language = requested.getLanguage();
        String script = requested.getScript();
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(language) && l.getScript().equals(script))
                .findFirst()
                .or(() -> LOCALES.stream()
                        .filter(l -> l.getLanguage().equals(language))
                        .findFirst())
                .orElse(Locale.ENGLISH);
    }

    /**
     * The tag a language is stored, named ({@code language.<tag>}) and announced ({@code <html lang>}) by:
     * {@code en}, {@code sl}, {@code sr} (Latin), {@code sr-Cyrl} … — the language alone, with the script only
     * for a language's second script. Use it instead of {@code getLanguage()}, which makes both Serbians one.
     */
    public static String tag(Locale locale) {
        String language = locale.getLanguage();
        Locale first = LOCALES.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(null);
        if (first == null || locale.getScript().isEmpty() || locale.getScript().equals(first.getScript())) {
            return language;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(language) && l.getScript().equals(locale.getScript()))
                .findFirst()
                .map(Locale::toLanguageTag)
                .orElse(language);
    }

    /** The UI locale for a stored tag ("sr" → Latin Serbian, "sr-Cyrl", "de" → English), for mails and formats. */
    public static Locale locale(@Nullable String tag) {
        return supported(tag == null ? null : Locale.forLanguageTag(tag));
    }

    private ResourceBundle bundle(Locale wanted) {
        // English lives in the base file: stop the JVM default locale from being used as a fallback.
        return ResourceBundle.getBundle(
                bundle, wanted, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Object[] numbersRead(Object[] params) {
        Object[] read = params.clone();
        for (int i = 0; i < read.length; i++) {
            if (read[i] instanceof String text && text.matches("-?\\d{1,18}")) {
                read[i] = Long.parseLong(text);
            }
        }
        return read;
    }
}
