package org.mesta.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Reads {@code vaadin-i18n/translations*.properties}. English is the base file itself, so it has no
 * copy of its own; {@link #LOCALES} lists every language the files are complete for (a test checks).
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("sl"));
    private static final String BUNDLE = "vaadin-i18n/translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            // Always a MessageFormat pattern, with or without parameters, so quoting ('') means one thing.
            return new MessageFormat(bundle(locale).getString(key), locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    public static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale wanted = supported(locale);
        // English lives in the base file: stop the JVM default locale from being used as a fallback.
        return ResourceBundle.getBundle(
                BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
