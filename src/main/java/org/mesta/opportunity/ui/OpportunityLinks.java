package org.mesta.opportunity.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.PageMeta;
import org.mesta.base.ui.PageMetaSource;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.Texts;
import org.springframework.stereotype.Component;

/** Link previews of a published opportunity's page and a city's page, from what the public sees of them. */
@Component
class OpportunityLinks implements PageMetaSource {

    private static final Pattern OPPORTUNITY = Pattern.compile("opportunities/(\\d{1,18})");
    private static final Pattern CITY = Pattern.compile("cities/([a-z0-9]+(?:-[a-z0-9]+)*)");

    private final PublicOpportunities opportunities;
    private final CityService cities;
    private final TranslationProvider translations;

    OpportunityLinks(PublicOpportunities opportunities, CityService cities, TranslationProvider translations) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.translations = translations;
    }

    @Override
    public Optional<PageMeta> metaFor(String path, Locale language) {
        Matcher m = OPPORTUNITY.matcher(path);
        if (m.matches()) return opportunity(Long.parseLong(m.group(1)), language);
        m = CITY.matcher(path);
        if (m.matches() && m.group(1).length() <= 64) return city(m.group(1), language);
        return Optional.empty();
    }

    private Optional<PageMeta> opportunity(long id, Locale language) {
        return opportunities
                .findPublic(id)
                .flatMap(o -> cities.findCity(o.cityId()).map(city -> {
                    String wanted = language != null ? TranslationProvider.tag(language) : city.getDefaultLanguage();
                    Texts t = o.texts(wanted);
                    // The language the texts are really in (the reader's, else the first one the provider wrote).
                    String shown = o.texts().entrySet().stream()
                            .filter(e -> e.getValue() == t)
                            .map(Map.Entry::getKey)
                            .findFirst()
                            .orElse(wanted);
                    String description = t.summary().isEmpty() ? t.description() : t.summary();
                    return new PageMeta(
                            t.title(),
                            description,
                            "opportunities/" + o.id(),
                            o.hasImage() ? "/api/opportunities/" + o.id() + "/image.jpg" : null,
                            imageAlt(o, shown, city.getDefaultLanguage()),
                            shown,
                            o.hasImage(),
                            true);
                }));
    }

    /** The picture's description in the page's language where the provider wrote one (else as a reader sees it). */
    private String imageAlt(PublicOpportunity o, String language, String cityFirst) {
        Locale reader = TranslationProvider.locale(language);
        return o.pictureAlt(reader, cityFirst)
                .map(PublicOpportunity.PictureAlt::text)
                .orElseGet(() -> translations.getTranslation("app.name", reader));
    }

    private Optional<PageMeta> city(String slug, Locale language) {
        return cities.findCityBySlug(slug).map(city -> {
            Locale locale = language != null
                    ? language
                    : TranslationProvider.supported(Locale.forLanguageTag(city.getDefaultLanguage()));
            String name = city.name(locale);
            return new PageMeta(
                    translations.getTranslation("public.city.title", locale, name),
                    translations.getTranslation("links.city.description", locale, name),
                    "cities/" + city.getSlug(),
                    null,
                    translations.getTranslation("app.name", locale),
                    TranslationProvider.tag(locale),
                    false,
                    true);
        });
    }
}
