package org.mesta.map;

import java.io.Serializable;
import java.util.Collection;

/** A rectangle of latitude and longitude, such as the part of the world a map shows. */
public record BoundingBox(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude)
        implements Serializable {

    public static BoundingBox around(Collection<GeoPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points");
        }
        double minLat = 90, minLon = 180, maxLat = -90, maxLon = -180;
        for (GeoPoint p : points) {
            minLat = Math.min(minLat, p.latitude());
            maxLat = Math.max(maxLat, p.latitude());
            minLon = Math.min(minLon, p.longitude());
            maxLon = Math.max(maxLon, p.longitude());
        }
        return new BoundingBox(minLat, minLon, maxLat, maxLon);
    }

    public boolean contains(GeoPoint p) {
        return p.latitude() >= minLatitude
                && p.latitude() <= maxLatitude
                && p.longitude() >= minLongitude
                && p.longitude() <= maxLongitude;
    }
}
