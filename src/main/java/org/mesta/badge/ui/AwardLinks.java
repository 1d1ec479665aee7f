package org.mesta.badge.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mesta.badge.Award;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.PageMeta;
import org.mesta.base.ui.PageMetaSource;
import org.mesta.city.CityService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The link preview of an award's page: the badge's picture, name and issuer, in the language it was awarded in.
 * The page is shared by its learner (its address is an unguessable id), so it is marked not to be indexed and
 * is left out of the sitemap; the recipient is never named.
 */
@Component
class AwardLinks implements PageMetaSource {

    private static final Pattern AWARD = Pattern.compile("awards/([0-9a-fA-F-]{1,64})");

    private final OpenBadgesService awards;
    private final BadgeService badges;
    private final CityService cities;
    private final TranslationProvider translations;

    AwardLinks(OpenBadgesService awards, BadgeService badges, CityService cities, TranslationProvider translations) {
        this.awards = awards;
        this.badges = badges;
        this.cities = cities;
        this.translations = translations;
    }

    @Override
    public Optional<PageMeta> metaFor(String path, Locale language) {
        Matcher m = AWARD.matcher(path);
        if (!m.matches()) return Optional.empty();
        return awards.shownAt(m.group(1)).flatMap(this::meta);
    }

    private Optional<PageMeta> meta(Award a) {
        Badge b;
        try {
            b = badges.get(a.getBadgeId());
        } catch (UserError | AccessDeniedException e) {
            return Optional.empty();
        }
        String lang = a.getLanguage();
        Locale locale = TranslationProvider.supported(Locale.forLanguageTag(lang));
        BadgeTexts t = b.texts(lang);
        String issuer = cities.findOrganisation(b.getOrganisationId())
                .map(o -> o.getName())
                .orElse("");
        String description =
                translations.getTranslation("links.award.description", locale, issuer) + " " + t.description();
        return Optional.of(new PageMeta(
                t.name(),
                description,
                "awards/" + a.getPublicId(),
                "/api/badges/" + b.getId() + "/image.png?lang=" + lang + "&size=512",
                t.name(),
                lang,
                false,
                false));
    }
}
