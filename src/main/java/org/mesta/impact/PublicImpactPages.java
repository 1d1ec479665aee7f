package org.mesta.impact;

import org.mesta.opportunity.CityImpact;
import org.springframework.stereotype.Component;

/** Tells the city page whether the city publishes any impact figure (then it links to its impact page). */
@Component
class PublicImpactPages implements CityImpact {

    private final ImpactService impact;

    PublicImpactPages(ImpactService impact) {
        this.impact = impact;
    }

    @Override
    public boolean hasPublicPage(long cityId) {
        return !impact.publishedFigures(cityId).isEmpty();
    }
}
