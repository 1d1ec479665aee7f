package org.mesta.impact;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a city's learning happened in a period, for the admins' heat map: the city cut into cells of about
 * {@link #CELL_METRES} metres, each weighted by the activity at the published opportunities inside it. Cells with
 * fewer than {@link #MIN_PEOPLE} different people behind them are left out, so no cell points at one young person.
 *
 * <p>Weights per opportunity in the period: {@link #SESSION_WEIGHT} per session held (started, someone checked in),
 * {@link #CHECK_IN_WEIGHT} per check-in, {@link #AWARD_WEIGHT} per badge awarded (not revoked) of a badge linked to
 * it. A badge stands for finished learning, a check-in for one person taking part, a session for the work of running
 * it.
 */
public record ActivityDensity(List<Cell> cells, int minPeople) {

    public static final int CELL_METRES = 250;
    public static final int MIN_PEOPLE = 3;
    public static final int SESSION_WEIGHT = 2;
    public static final int CHECK_IN_WEIGHT = 1;
    public static final int AWARD_WEIGHT = 3;
    /** How many of the busiest cells get a place name (the text beside the map lists them). */
    public static final int NAMED = 5;

    /**
     * One cell: its centre, summed weight, how many different people (check-ins and badge recipients) and the place
     * name of the opportunity nearest its centre (only for the {@link #NAMED} busiest cells, else null).
     */
    public record Cell(
            double latitude,
            double longitude,
            long weight,
            long people,
            @Nullable String place) {}

    public ActivityDensity {
        cells = List.copyOf(cells);
    }

    /** The busiest cells first, at most {@link #NAMED}. */
    public List<Cell> busiest() {
        return cells.stream()
                .sorted(Comparator.comparingLong(Cell::weight).reversed())
                .limit(NAMED)
                .toList();
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
