package org.mesta.opportunity;

import org.mesta.map.BoundingBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Many opportunities near each other, as one: how many, and their mean position. */
public record Cluster(int count, double latitude, double longitude) {

    /** Groups the entries into the cells of a grid × grid division of the box. */
    static List<Cluster> grid(List<PublicIndex.Entry> positions, BoundingBox box, int grid) {
        double cellLat = Math.max(1e-9, (box.maxLatitude() - box.minLatitude()) / grid);
        double cellLon = Math.max(1e-9, (box.maxLongitude() - box.minLongitude()) / grid);
        Map<Integer, double[]> cells = new HashMap<>();
        for (PublicIndex.Entry p : positions) {
            double lat = p.latitude(), lon = p.longitude();
            int row = (int) Math.min(grid - 1, Math.max(0, (lat - box.minLatitude()) / cellLat));
            int col = (int) Math.min(grid - 1, Math.max(0, (lon - box.minLongitude()) / cellLon));
            double[] cell = cells.computeIfAbsent(row * grid + col, k -> new double[3]);
            cell[0]++;
            cell[1] += lat;
            cell[2] += lon;
        }
        List<Cluster> clusters = new ArrayList<>(cells.size());
        cells.values().forEach(c -> clusters.add(new Cluster((int) c[0], c[1] / c[0], c[2] / c[0])));
        return clusters;
    }
}
