package org.mesta.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mesta.base.Languages;
import org.mesta.base.MestaUser;
import org.mesta.base.Problem;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.RecommendationProposed;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.Theme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The recommendations library: the network's recommendations and each city's. Anyone on the board proposes;
 * a proposal is seen by its proposer and the curators until a city admin (network admin for the network's)
 * curates it. Called by the feature's services, which have checked the role.
 */
@Component
class Library {

    /** The network writes its own recommendations first in English, the language its cities share. */
    static final String NETWORK_LANGUAGE = "en";

    private final RecommendationRepository recommendations;
    private final CityService cities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Library(
            RecommendationRepository recommendations,
            CityService cities,
            ApplicationEventPublisher events,
            Clock clock) {
        this.recommendations = recommendations;
        this.cities = cities;
        this.events = events;
        this.clock = clock;
    }

    List<Recommendation> list(Theme theme, boolean withProposals) {
        MestaUser me = MestaUser.require();
        Set<Recommendation.Status> statuses = withProposals
                ? EnumSet.of(Recommendation.Status.CURATED, Recommendation.Status.PROPOSED)
                : EnumSet.of(Recommendation.Status.CURATED);
        return recommendations.visible(me.cityId(), statuses, theme).stream()
                .filter(r -> r.getStatus() == Recommendation.Status.CURATED || maySeeProposal(r, me))
                .toList();
    }

    Recommendation visible(long id) {
        MestaUser me = MestaUser.require();
        Recommendation r = recommendations.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (r.getCityId() != null && !r.getCityId().equals(me.cityId()) && !me.has(Role.NETWORK_ADMIN)) {
            throw new AccessDeniedException("recommendation of another city " + id);
        }
        if (r.getStatus() != Recommendation.Status.CURATED && !maySeeProposal(r, me)) {
            throw new AccessDeniedException("recommendation not curated " + id);
        }
        return r;
    }

    /**
     * The languages a recommendation is written in: the caller's city's (its first language first); for the
     * network's own recommendations, every language a city of the network speaks.
     */
    Languages languages() {
        MestaUser me = MestaUser.require();
        Optional<City> city = cities.findCity(me.cityId());
        if (city.isPresent()) {
            return Languages.of(city.get().getDefaultLanguage(), city.get().getOfferedLanguages());
        }
        Set<String> spoken = new TreeSet<>();
        cities.allCities(Locale.ROOT).forEach(c -> {
            spoken.add(c.getDefaultLanguage());
            spoken.addAll(c.getOfferedLanguages());
        });
        return Languages.of(NETWORK_LANGUAGE, spoken);
    }

    Recommendation propose(Theme theme, String source, Map<String, Recommendation.Words> words) {
        MestaUser me = MestaUser.require();
        Languages languages = languages();
        List<Problem> problems = new ArrayList<>();
        if (theme == null) {
            problems.add(new Problem("theme", "recommendation.error.theme"));
        }
        if (source == null || source.isBlank()) {
            problems.add(new Problem("source", "recommendation.error.source"));
        } else if (source.strip().length() > 200) {
            problems.add(new Problem("source", "campaign.error.too-long"));
        }
        Map<String, Recommendation.Words> kept = new LinkedHashMap<>();
        words.forEach((language, w) -> {
            boolean empty = w == null || (blank(w.title()) && blank(w.body()));
            if (empty || !languages.contains(language)) return;
            if (blank(w.title()) || blank(w.body())) {
                problems.add(new Problem(
                        (blank(w.title()) ? "title." : "text.") + language,
                        "recommendation.error.words",
                        language.toUpperCase(Locale.ROOT)));
            } else if (w.title().strip().length() > 200 || w.body().strip().length() > 4000) {
                problems.add(new Problem(
                        (w.title().strip().length() > 200 ? "title." : "text.") + language, "campaign.error.too-long"));
            } else {
                kept.put(
                        language,
                        new Recommendation.Words(w.title().strip(), w.body().strip()));
            }
        });
        if (kept.isEmpty()
                && problems.stream()
                        .noneMatch(
                                p -> p.field().startsWith("title.") || p.field().startsWith("text."))) {
            problems.add(new Problem("title." + languages.first(), "recommendation.error.words-needed"));
        }
        UserError.throwIfAny(problems);
        boolean forNetwork = me.cityId() == null && me.has(Role.NETWORK_ADMIN);
        if (me.cityId() == null && !forNetwork) {
            throw new AccessDeniedException("no city");
        }
        Long city = forNetwork ? null : me.cityId();
        Recommendation r = new Recommendation(city, theme, source, kept, me.accountId(), clock.instant());
        if (forNetwork || me.administers(city)) {
            r.curate(true, me.accountId(), clock.instant());
        } else {
            events.publishEvent(
                    new RecommendationProposed(city, r.words(languages.first()).title(), me.displayName()));
        }
        return recommendations.save(r);
    }

    Recommendation curate(long id, long version, boolean accepted) {
        MestaUser me = MestaUser.require();
        Recommendation r = recommendations.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        boolean allowed = r.getCityId() == null ? me.has(Role.NETWORK_ADMIN) : me.administers(r.getCityId());
        if (!allowed) {
            throw new AccessDeniedException("not a curator of recommendation " + id);
        }
        if (r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Recommendation.class, id);
        }
        r.curate(accepted, me.accountId(), clock.instant());
        return recommendations.saveAndFlush(r);
    }

    private static boolean maySeeProposal(Recommendation r, MestaUser me) {
        return (r.getProposedBy() != null && r.getProposedBy() == me.accountId())
                || (r.getCityId() == null ? me.has(Role.NETWORK_ADMIN) : me.administers(r.getCityId()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
