package org.mesta.wallet.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.PageMeta;
import org.mesta.base.ui.PageMetaSource;
import org.mesta.wallet.ProfileService;
import org.springframework.stereotype.Component;

/**
 * The link preview of a public profile: the name the person chose and their short words. Young people share these
 * pages themselves, so search engines are asked not to list them.
 */
@Component
class ProfileLinks implements PageMetaSource {

    private static final Pattern PROFILE = Pattern.compile("u/([a-z0-9-]{3,30})");

    private final ProfileService profiles;
    private final TranslationProvider translations;

    ProfileLinks(ProfileService profiles, TranslationProvider translations) {
        this.profiles = profiles;
        this.translations = translations;
    }

    @Override
    public Optional<PageMeta> metaFor(String path, Locale language) {
        Matcher m = PROFILE.matcher(path);
        if (!m.matches()) return Optional.empty();
        Locale locale = language == null ? Locale.ENGLISH : language;
        return profiles.card(m.group(1))
                .map(card -> new PageMeta(
                        translations.getTranslation("profile.links.title", locale, card.displayName()),
                        card.bio() == null
                                ? translations.getTranslation("profile.links.description", locale, card.displayName())
                                : card.bio(),
                        "u/" + card.handle(),
                        null,
                        translations.getTranslation("app.name", locale),
                        TranslationProvider.tag(locale),
                        false,
                        false));
    }
}
