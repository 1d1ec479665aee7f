package org.mesta.opportunity;

import java.time.LocalDate;
import org.mesta.map.BoundingBox;

/** What the public map and the GeoJSON endpoint ask for: a box and the filters, all optional but the box. */
public record PublicQuery(
        Long cityId,
        BoundingBox box,
        OpportunityType type,
        Format format,
        Theme theme,
        AccessFeature access,
        boolean freeOnly,
        Integer age,
        LocalDate from,
        LocalDate to,
        int limit) {

    public static final int MAX_LIMIT = 2000;

    public PublicQuery {
        box = box == null ? new BoundingBox(-90, -180, 90, 180) : box;
        // One over the most a caller may ask for, so a caller can tell a full answer from a cut one.
        limit = Math.max(1, Math.min(limit, MAX_LIMIT + 1));
    }

    public static PublicQuery city(Long cityId) {
        return new PublicQuery(cityId, null, null, null, null, null, false, null, null, null, MAX_LIMIT);
    }
}
