package org.mesta.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A demo city: real Cities of Learning locations with their true coordinates, language and time zone. */
record DemoCity(
        String slug, String en, String sl, String country, double lat, double lon, String language, String zone) {

    static final List<DemoCity> ALL = List.of(
            new DemoCity("ljubljana", "Ljubljana", "Ljubljana", "SI", 46.0569, 14.5058, "sl", "Europe/Ljubljana"),
            new DemoCity("maribor", "Maribor", "Maribor", "SI", 46.5547, 15.6459, "sl", "Europe/Ljubljana"),
            new DemoCity("vilnius", "Vilnius", "Vilna", "LT", 54.6872, 25.2797, "en", "Europe/Vilnius"),
            new DemoCity("kaunas", "Kaunas", "Kaunas", "LT", 54.8985, 23.9036, "en", "Europe/Vilnius"),
            new DemoCity("belgrade", "Belgrade", "Beograd", "RS", 44.8125, 20.4612, "en", "Europe/Belgrade"),
            new DemoCity("novi-sad", "Novi Sad", "Novi Sad", "RS", 45.2671, 19.8335, "en", "Europe/Belgrade"),
            new DemoCity("zagreb", "Zagreb", "Zagreb", "HR", 45.8150, 15.9819, "en", "Europe/Zagreb"),
            new DemoCity("skopje", "Skopje", "Skopje", "MK", 41.9981, 21.4254, "en", "Europe/Skopje"),
            new DemoCity("plymouth", "Plymouth", "Plymouth", "GB", 50.3755, -4.1427, "en", "Europe/London"),
            new DemoCity("rome", "Rome", "Rim", "IT", 41.9028, 12.4964, "en", "Europe/Rome"),
            new DemoCity("nairobi", "Nairobi", "Nairobi", "KE", -1.2921, 36.8219, "en", "Africa/Nairobi"),
            new DemoCity("accra", "Accra", "Akra", "GH", 5.6037, -0.1870, "en", "Africa/Accra"),
            new DemoCity("kampala", "Kampala", "Kampala", "UG", 0.3476, 32.5825, "en", "Africa/Kampala"),
            new DemoCity(
                    "port-of-spain",
                    "Port of Spain",
                    "Port of Spain",
                    "TT",
                    10.6549,
                    -61.5019,
                    "en",
                    "America/Port_of_Spain"),
            new DemoCity("kingston", "Kingston", "Kingston", "JM", 17.9712, -76.7936, "en", "America/Jamaica"));

    /** The network's UI languages spoken in the demo cities' countries (beside English and Slovenian). */
    private static final Map<String, String> LOCAL = Map.of("LT", "lt", "RS", "sr", "HR", "hr", "MK", "mk", "IT", "it");

    /**
     * What the city offers: English and Slovenian (the network's demo languages) and the country's own language,
     * in which its programme is written too (see {@link DemoPhrasebook}), all but a few items.
     */
    Set<String> languages() {
        Set<String> offered = new LinkedHashSet<>(List.of("en", "sl"));
        local().ifPresent(offered::add);
        return offered;
    }

    /** The country's own language, when it is one of the network's and not Slovenian. */
    Optional<String> local() {
        return localLanguage(country);
    }

    /** The phrasebook in the country's own language, when the demo has one. */
    Optional<DemoPhrasebook> phrasebook() {
        return local().flatMap(DemoPhrasebook::of);
    }

    static Optional<String> localLanguage(String country) {
        return Optional.ofNullable(LOCAL.get(country));
    }

    static Optional<DemoCity> bySlug(String slug) {
        return ALL.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }
}
