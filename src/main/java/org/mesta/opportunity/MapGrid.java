package org.mesta.opportunity;

import org.mesta.map.BoundingBox;

/**
 * The clustering grid for a viewport: square cells of a power-of-two size in degrees, about a tenth of the
 * viewport, aligned to multiples of their size. Clusters therefore stay put while someone pans (they do not
 * jump with each new box), and the widened box is a cache key shared by nearby viewports.
 */
record MapGrid(BoundingBox box, double cell) {

    static final int CELLS_ACROSS = 10;

    static MapGrid around(BoundingBox requested) {
        BoundingBox b = requested == null ? new BoundingBox(-90, -180, 90, 180) : requested;
        double span = Math.max(Math.max(b.maxLatitude() - b.minLatitude(), b.maxLongitude() - b.minLongitude()), 1e-6);
        double cell = Math.pow(2, Math.floor(Math.log(span / CELLS_ACROSS) / Math.log(2)));
        return new MapGrid(
                new BoundingBox(
                        Math.max(-90, Math.floor(b.minLatitude() / cell) * cell),
                        Math.max(-180, Math.floor(b.minLongitude() / cell) * cell),
                        Math.min(90, Math.ceil(b.maxLatitude() / cell) * cell),
                        Math.min(180, Math.ceil(b.maxLongitude() / cell) * cell)),
                cell);
    }

    @Override
    public String toString() {
        return "grid=" + box.minLatitude() + "," + box.minLongitude() + "," + box.maxLatitude() + ","
                + box.maxLongitude() + "/" + cell;
    }
}
