package org.mesta.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.springframework.stereotype.Component;

/** Reads what a step points to (a published opportunity or badge) in the reader's language. */
@Component
class PathwaySteps {

    private final PublicOpportunities opportunities;
    private final BadgeService badges;
    private final CityService cities;

    PathwaySteps(PublicOpportunities opportunities, BadgeService badges, CityService cities) {
        this.opportunities = opportunities;
        this.badges = badges;
        this.cities = cities;
    }

    Optional<ShownStep> show(PathwayStep step, String language) {
        return show(step, language, null);
    }

    /** The step in the reader's language where it has one, else the city's first, else English, else any. */
    Optional<ShownStep> show(PathwayStep step, String language, @Nullable String cityFirst) {
        Locale reader = TranslationProvider.locale(language);
        if (step.kind() == Kind.OPPORTUNITY) {
            return opportunities.findPublic(step.targetId()).map(o -> shown(step, o, reader, cityFirst));
        }
        return publishedBadge(step.targetId()).map(b -> {
            String shown = b.shownLanguage(reader, cityFirst);
            return new ShownStep(
                    step,
                    b.texts(shown == null ? language : shown).name(),
                    shown,
                    organisationName(b.getOrganisationId()),
                    b.getOrganisationId(),
                    b.getCityId(),
                    null,
                    List.of());
        });
    }

    private ShownStep shown(PathwayStep step, PublicOpportunity o, Locale reader, @Nullable String cityFirst) {
        String shown = o.shownLanguage(reader, cityFirst);
        return new ShownStep(
                step,
                o.texts(shown == null ? TranslationProvider.tag(reader) : shown).title(),
                shown,
                o.organisationName() == null ? "" : o.organisationName(),
                o.organisationId(),
                o.cityId(),
                o.location(),
                o.badges());
    }

    /** The city's current published opportunities, then its published badges, as a step may name them. */
    List<PathwayService.Choice> choices(long cityId, String language) {
        List<PathwayService.Choice> all = new ArrayList<>();
        opportunities
                .currentForCity(cityId)
                .forEach(o -> all.add(new PathwayService.Choice(
                        Kind.OPPORTUNITY,
                        o.id(),
                        o.texts(language).title() + " · " + o.organisationName(),
                        o.organisationId())));
        badges.publishedIn(cityId)
                .forEach(b -> all.add(new PathwayService.Choice(
                        Kind.BADGE,
                        b.getId(),
                        b.texts(language).name() + " · " + organisationName(b.getOrganisationId()),
                        b.getOrganisationId())));
        return all;
    }

    Optional<Badge> publishedBadge(long id) {
        return badges.awarded(List.of(id)).stream()
                .filter(b -> b.getStatus() == BadgeStatus.PUBLISHED)
                .findFirst();
    }

    String badgeName(long id, String language) {
        return badges.awarded(List.of(id)).stream()
                .map(b -> b.texts(language).name())
                .findFirst()
                .orElse("");
    }

    /** The language a badge's words are shown in to this reader (see {@link Badge#shownLanguage}). */
    @Nullable String badgeLanguage(long id, String language, @Nullable String cityFirst) {
        return badges.awarded(List.of(id)).stream()
                .map(b -> b.shownLanguage(TranslationProvider.locale(language), cityFirst))
                .findFirst()
                .orElse(null);
    }

    String organisationName(@Nullable Long id) {
        return id == null
                ? ""
                : cities.findOrganisation(id).map(Organisation::getName).orElse("");
    }
}
