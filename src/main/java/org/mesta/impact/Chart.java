package org.mesta.impact;

import java.util.List;

/**
 * One figure's numbers: categories along one axis (theme, type or month keys) and one or more series, each a value
 * per category. Keys, not texts: the view translates them.
 */
public record Chart(Figure figure, List<String> categories, List<Series> series) {

    public record Series(String key, List<Long> values) {}

    public boolean empty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }
}
