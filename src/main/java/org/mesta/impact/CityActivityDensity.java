package org.mesta.impact;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.CityActivity;
import org.mesta.opportunity.Theme;
import org.springframework.stereotype.Component;

/** The city page's density layer from {@link ImpactService#density} (which checks the role again). */
@Component
class CityActivityDensity implements CityActivity {

    private final ImpactService impact;
    private final Clock clock;

    CityActivityDensity(ImpactService impact, Clock clock) {
        this.impact = impact;
        this.clock = clock;
    }

    @Override
    public boolean shownTo(long cityId) {
        return MestaUser.current().map(u -> u.administers(cityId)).orElse(false);
    }

    @Override
    public Density lastYear(long cityId, @Nullable Theme theme) {
        ActivityDensity density = impact.density(cityId, ImpactFilter.lastYear(clock, theme));
        return new Density(areas(density.cells()), areas(density.busiest()), density.minPeople());
    }

    private static List<Area> areas(List<ActivityDensity.Cell> cells) {
        return cells.stream()
                .map(c -> new Area(c.latitude(), c.longitude(), c.weight(), c.place()))
                .toList();
    }
}
