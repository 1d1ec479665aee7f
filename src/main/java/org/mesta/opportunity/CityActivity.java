package org.mesta.opportunity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The city map's activity density layer for the city's admins, fed by the impact feature (which depends on
 * opportunities, not the other way round). Public visitors never get it: the page asks {@link #shownTo} first and
 * sends nothing of it to a browser otherwise.
 */
public interface CityActivity {

    /** One area (a grid cell) with its activity weight; {@code place} names it, for the busiest areas only. */
    record Area(
            double latitude,
            double longitude,
            long weight,
            @Nullable String place) {}

    /**
     * The last twelve months' areas, and the busiest of them first; areas with fewer than {@code minPeople} people
     * behind them are left out.
     */
    record Density(List<Area> areas, List<Area> busiest, int minPeople) {}

    /** Whether the signed-in person may see the city's density (its admins and network admins). */
    boolean shownTo(long cityId);

    Density lastYear(long cityId, @Nullable Theme theme);
}
