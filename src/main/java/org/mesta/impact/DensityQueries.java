package org.mesta.impact;

import static org.mesta.impact.ActivityDensity.AWARD_WEIGHT;
import static org.mesta.impact.ActivityDensity.CHECK_IN_WEIGHT;
import static org.mesta.impact.ActivityDensity.SESSION_WEIGHT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.impact.ImpactQueries.Bounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The activity density of one city as one aggregate query (see {@link ActivityDensity} for the weights): the
 * database cuts the published opportunities' positions into grid cells by rounding the coordinates down to steps of
 * about 250 m, sums the weights and counts the different people per cell, and keeps only cells with enough people.
 * The answer is at most a few hundred cells, whatever the number of opportunities. Reads the other features' tables
 * read-only, as {@link ImpactQueries} does and for the same reason.
 */
@Component
class DensityQueries {

    private static final double METRES_PER_DEGREE = 111_320;
    private static final String THEME =
            "EXISTS (SELECT 1 FROM opportunity_theme t WHERE t.opportunity_id = p.opportunity_id AND t.theme = :theme)";

    /** A cell as the grid numbers it (row and column of the rounded coordinates) with its sums. */
    record GridCell(long row, long column, long weight, long people) {}

    /** The grid's step in degrees: a cell is as many metres north–south as east–west at the city's latitude. */
    record Grid(double latitudeStep, double longitudeStep) {

        static Grid around(double latitude) {
            double lat = ActivityDensity.CELL_METRES / METRES_PER_DEGREE;
            double cos = Math.max(0.1, Math.cos(Math.toRadians(latitude)));
            return new Grid(lat, lat / cos);
        }

        double latitude(long row) {
            return (row + 0.5) * latitudeStep;
        }

        double longitude(long column) {
            return (column + 0.5) * longitudeStep;
        }
    }

    private final JdbcClient jdbc;

    DensityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Double> cityLatitude(long cityId) {
        return jdbc.sql("SELECT latitude FROM city WHERE id = :city")
                .param("city", cityId)
                .query(Double.class)
                .optional();
    }

    /**
     * Per cell: every session held (no person), every check-in (the participant's address) and every badge awarded
     * (the recipient's address) at a published opportunity with a position, then summed; a person counts once per
     * cell however often they came.
     */
    List<GridCell> cells(Bounds b, Grid grid, int minPeople) {
        String cell = "FLOOR(p.latitude / :latStep) gy, FLOOR(p.longitude / :lonStep) gx, ";
        String at = " FROM published_opportunity p JOIN joining_session s ON s.opportunity_id = p.opportunity_id";
        String where =
                " WHERE p.city_id = :city AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL" + b.theme(THEME);
        String held = " AND s.starts_at >= :from AND s.starts_at < :to AND s.starts_at < :now";
        String sql = "SELECT x.gy, x.gx, SUM(x.w), COUNT(DISTINCT x.who) FROM ("
                + "SELECT " + cell + SESSION_WEIGHT + " w, CAST(NULL AS VARCHAR(255)) who" + at + where + held
                + " AND EXISTS (SELECT 1 FROM joining_participant c WHERE c.session_id = s.id"
                + " AND c.checked_in_at IS NOT NULL)"
                + " UNION ALL SELECT " + cell + CHECK_IN_WEIGHT + " w, LOWER(jp.email) who" + at
                + " JOIN joining_participant jp ON jp.session_id = s.id AND jp.checked_in_at IS NOT NULL" + where + held
                + " UNION ALL SELECT " + cell + AWARD_WEIGHT + " w, LOWER(a.recipient_email) who"
                + " FROM published_opportunity p JOIN opportunity_badge ob ON ob.opportunity_id = p.opportunity_id"
                + " JOIN award a ON a.badge_id = ob.badge_id AND a.revoked_at IS NULL"
                + " AND a.issued_at >= :from AND a.issued_at < :to" + where
                + ") x GROUP BY x.gy, x.gx HAVING COUNT(DISTINCT x.who) >= :minPeople";
        return jdbc.sql(sql)
                .param("latStep", grid.latitudeStep())
                .param("lonStep", grid.longitudeStep())
                .param("from", b.from())
                .param("to", b.to())
                .param("now", b.now())
                .param("theme", b.theme())
                .param("city", b.city())
                .param("minPeople", minPeople)
                .query((rs, i) -> new GridCell(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** The place (venue, else address) of the published opportunity in the cell nearest its centre. */
    @Nullable String placeIn(long cityId, Grid grid, GridCell cell) {
        double lat = grid.latitude(cell.row());
        double lon = grid.longitude(cell.column());
        List<String> names = new ArrayList<>(jdbc.sql("SELECT COALESCE(o.venue, o.address) FROM published_opportunity p"
                        + " JOIN opportunity o ON o.id = p.opportunity_id"
                        + " WHERE p.city_id = :city AND p.latitude >= :south AND p.latitude < :north"
                        + " AND p.longitude >= :west AND p.longitude < :east"
                        + " AND COALESCE(o.venue, o.address) IS NOT NULL"
                        + " ORDER BY (p.latitude - :lat) * (p.latitude - :lat)"
                        + " + (p.longitude - :lon) * (p.longitude - :lon), p.opportunity_id LIMIT 1")
                .param("city", cityId)
                .param("south", lat - grid.latitudeStep())
                .param("north", lat + grid.latitudeStep())
                .param("west", lon - grid.longitudeStep())
                .param("east", lon + grid.longitudeStep())
                .param("lat", lat)
                .param("lon", lon)
                .query(String.class)
                .list());
        return names.isEmpty() ? null : names.getFirst();
    }
}
