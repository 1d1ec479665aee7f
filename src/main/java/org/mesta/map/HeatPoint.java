package org.mesta.map;

import java.io.Serializable;
import java.util.Collection;

/** A weighted place of a map's heat layer: the more weight, the hotter it is drawn (relative to the heaviest). */
public record HeatPoint(GeoPoint position, double weight) implements Serializable {

    public HeatPoint {
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("weight must be zero or more: " + weight);
        }
    }

    /** The browser's wire format [[lon, lat, weight 0..1], …], each weight relative to the heaviest point. */
    static String json(Collection<HeatPoint> points) {
        double max = points.stream().mapToDouble(HeatPoint::weight).max().orElse(0);
        StringBuilder json = new StringBuilder(points.size() * 32 + 2).append('[');
        for (HeatPoint p : points) {
            if (json.length() > 1) json.append(',');
            json.append('[')
                    .append(p.position().longitude())
                    .append(',')
                    .append(p.position().latitude())
                    .append(',')
                    .append(max == 0 ? 0 : Math.round(p.weight() / max * 1000) / 1000.0)
                    .append(']');
        }
        return json.append(']').toString();
    }
}
