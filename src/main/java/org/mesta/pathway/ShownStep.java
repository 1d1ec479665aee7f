package org.mesta.pathway;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.map.GeoPoint;
import org.mesta.pathway.PathwayContent.PathwayStep;

/**
 * A step as shown: what it is (and the language its title is in, null when unknown), who runs it, where
 * (opportunities with a place), and its linked badges.
 */
public record ShownStep(
        PathwayStep step,
        String title,
        @Nullable String language,
        String organisation,
        @Nullable Long organisationId,
        long cityId,
        @Nullable GeoPoint place,
        List<Long> linkedBadges) {}
