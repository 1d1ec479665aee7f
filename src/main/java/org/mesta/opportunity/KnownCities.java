package org.mesta.opportunity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mesta.city.CityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Cities by slug for the public feeds, kept ten seconds: every map and calendar request names its city, and cities
 * hardly ever change. Reading the city on every request costs a pooled connection and a transaction each time; under
 * 200 clients the request threads queued for ten connections and the city feed fell from ≈ 830 to ≈ 150 answers a
 * second (#17). Only cities that exist are kept, so unknown slugs grow nothing.
 */
@Component
class KnownCities {

    private static final long KEEP_NANOS = Duration.ofSeconds(10).toNanos();

    /** A city's id and first language (the public pages' language rule, Languages.pick), and when it was read. */
    record KnownCity(long id, @Nullable String firstLanguage, long readAt) {}

    private final CityService cities;
    private final Map<String, KnownCity> known = new ConcurrentHashMap<>();

    KnownCities(CityService cities) {
        this.cities = cities;
    }

    /** The city, or 404 when there is none by that slug. */
    KnownCity bySlug(String slug) {
        KnownCity city = known.get(slug);
        long now = System.nanoTime();
        if (city != null && now - city.readAt() < KEEP_NANOS) {
            return city;
        }
        var found = cities.findCityBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no city " + slug));
        city = new KnownCity(found.getId(), found.getDefaultLanguage(), now);
        known.put(slug, city);
        return city;
    }
}
