package org.mesta.opportunity;

/**
 * Whether a city shows a public impact page, answered by the impact feature (which depends on opportunities, not the
 * other way round), so the city page links to it only when there is one.
 */
public interface CityImpact {

    boolean hasPublicPage(long cityId);
}
