package org.mesta.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.TranslationProvider;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.CityPathways;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What anyone may read of published pathways: their pages, pictures, the city page's tab and the sitemap. */
@Service
public class PublicPathways implements CityPathways {

    private final PathwayRepository pathways;
    private final PathwayImageRepository images;
    private final PathwaySteps steps;
    private final CityService cities;

    PublicPathways(PathwayRepository pathways, PathwayImageRepository images, PathwaySteps steps, CityService cities) {
        this.pathways = pathways;
        this.images = images;
        this.steps = steps;
        this.cities = cities;
    }

    /**
     * A published pathway in the reader's language (else the city's first, else English, else any): its published
     * copy, who runs it, and each step shown. The {@code …Language}s say which language each text is in (null: none),
     * the picture's description ({@code imageAlt}) included.
     */
    public record PublicPathway(
            long id,
            City city,
            PathwayContent content,
            String title,
            @Nullable String titleLanguage,
            String story,
            @Nullable String storyLanguage,
            String organisation,
            List<Optional<ShownStep>> steps,
            String milestoneName,
            @Nullable String milestoneLanguage,
            @Nullable Long milestoneBadgeId,
            boolean hasImage,
            String imageAlt,
            @Nullable String imageAltLanguage) {

        /** The steps with a place, in order: the route on the map. */
        public List<Stop> route() {
            List<Stop> stops = new ArrayList<>();
            steps.forEach(s ->
                    s.filter(x -> x.place() != null).ifPresent(x -> stops.add(new Stop(x.place(), x.title()))));
            return stops;
        }
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicPathway> find(long id, @Nullable String language) {
        return pathways.findById(id).filter(Pathway::isPublic).map(p -> read(p, language));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> image(long id) {
        return pathways.findById(id)
                .filter(Pathway::isPublic)
                .flatMap(p -> images.findByPathwayIdAndPublished(id, true))
                .map(PathwayImage::getData);
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PathwayCard> publishedIn(long cityId, String language) {
        return pathways.publishedIn(cityId).stream()
                .map(p -> read(p, language))
                .map(p -> new PathwayCard(
                        p.id(),
                        p.title(),
                        p.titleLanguage(),
                        p.story(),
                        p.storyLanguage(),
                        p.organisation(),
                        p.content().theme(),
                        p.content().steps().size(),
                        p.hasImage() ? imageUrl(p.id()) : null,
                        p.imageAlt(),
                        p.imageAltLanguage(),
                        p.route()))
                .toList();
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicPage> publicPages() {
        return pathways.allPublished().stream()
                .map(p -> new PublicPage("pathways/" + p.getId(), p.getPublishedAt()))
                .toList();
    }

    public static String imageUrl(long id) {
        return "/api/pathways/" + id + "/image.jpg";
    }

    private PublicPathway read(Pathway p, @Nullable String language) {
        City city = cities.findCity(p.getCityId()).orElseThrow();
        PathwayContent c = p.published().orElseThrow();
        String lang = language == null ? city.getDefaultLanguage() : language;
        Locale reader = TranslationProvider.locale(lang);
        String first = city.getDefaultLanguage();
        String organisation =
                p.getOrganisationId() == null ? city.name(reader) : steps.organisationName(p.getOrganisationId());
        Long badge = c.milestoneBadgeId();
        String badgeLanguage = badge == null ? null : steps.badgeLanguage(badge, lang, first);
        return new PublicPathway(
                p.getId(),
                city,
                c,
                c.titleIn(lang, first),
                c.title().shownLanguage(reader, first).orElse(null),
                c.story().best(reader, first).orElse(""),
                c.story().shownLanguage(reader, first).orElse(null),
                organisation,
                c.steps().stream().map(s -> steps.show(s, lang, first)).toList(),
                badge == null ? "" : steps.badgeName(badge, badgeLanguage == null ? lang : badgeLanguage),
                badgeLanguage,
                badge,
                images.findByPathwayIdAndPublished(p.getId(), true).isPresent(),
                c.imageAlt().best(reader, first).orElse(""),
                c.imageAlt().shownLanguage(reader, first).orElse(null));
    }
}
