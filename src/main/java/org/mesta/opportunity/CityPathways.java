package org.mesta.opportunity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.map.GeoPoint;

/**
 * The city page's "Pathways" tab and the sitemap, fed by the pathway feature (which depends on opportunities, not
 * the other way round): a city's published pathways as cards with the route of their steps, and their public pages.
 */
public interface CityPathways {

    /**
     * A published pathway as the city page lists it; {@code titleLanguage}/{@code storyLanguage}/{@code
     * imageAltLanguage}: the languages they are shown in (null: none written); {@code route}: its steps that have a
     * place, in order.
     */
    record PathwayCard(
            long id,
            String title,
            @Nullable String titleLanguage,
            String story,
            @Nullable String storyLanguage,
            String organisation,
            @Nullable Theme theme,
            int steps,
            @Nullable String imageUrl,
            @Nullable String imageAlt,
            @Nullable String imageAltLanguage,
            List<Stop> route) {}

    /** One stop of a route: a step's place and what it is called. */
    record Stop(GeoPoint place, String label) {}

    /** A public pathway page for the sitemap: its path ("pathways/12") and when it was last published. */
    record PublicPage(String path, Instant publishedAt) {}

    List<PathwayCard> publishedIn(long cityId, String language);

    List<PublicPage> publicPages();
}
