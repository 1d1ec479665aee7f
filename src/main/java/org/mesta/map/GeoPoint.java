package org.mesta.map;

import java.io.Serializable;
import java.util.Locale;

/** A position on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) implements Serializable {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a position on Earth: " + latitude + ", " + longitude);
        }
    }

    public static boolean valid(Double latitude, Double longitude) {
        return latitude != null
                && longitude != null
                && latitude >= -90
                && latitude <= 90
                && longitude >= -180
                && longitude <= 180;
    }

    /** Great-circle distance in kilometres (haversine). */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude);
    }
}
