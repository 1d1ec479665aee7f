package org.mesta.impact.ui;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.impact.ImpactFilter;

/**
 * The network's table in the reader's language: a line per city with its main figures, as the page shows it and as
 * the CSV and JSON downloads carry it (so the three never differ).
 */
record PerCityTable(List<String> columns, List<Line> lines) {

    /** The column keys, in order: the city, then its four figures. */
    static final List<String> KEYS = List.of("city", "opportunities", "issued", "learners", "providers");

    /** One city: its slug (null when the city is gone), its name and its figures in the order of {@link #KEYS}. */
    record Line(@Nullable String slug, String name, List<Long> figures) {}

    PerCityTable {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /** Spreadsheet-safe CSV: the translated header, then a line per city (city names defused like any text). */
    String csv() {
        List<List<?>> records = new ArrayList<>();
        records.add(columns);
        for (Line line : lines) {
            List<Object> row = new ArrayList<>(List.of(line.name()));
            row.addAll(line.figures());
            records.add(row);
        }
        return FigureTable.csv(records);
    }

    String json(ImpactFilter filter) {
        StringBuilder out = new StringBuilder("{");
        FigureTable.period(out, filter);
        out.append(",\"columns\":[");
        for (int i = 0; i < KEYS.size(); i++) {
            if (i > 0) out.append(',');
            out.append("{\"key\":").append(ImpactChart.quote(KEYS.get(i)));
            out.append(",\"label\":").append(ImpactChart.quote(columns.get(i))).append('}');
        }
        out.append("],\"cities\":[");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i > 0) out.append(',');
            out.append("{\"city\":").append(line.slug() == null ? "null" : ImpactChart.quote(line.slug()));
            out.append(",\"name\":").append(ImpactChart.quote(line.name()));
            for (int k = 0; k < line.figures().size(); k++) {
                out.append(",\"")
                        .append(KEYS.get(k + 1))
                        .append("\":")
                        .append(line.figures().get(k));
            }
            out.append('}');
        }
        return out.append("]}").toString();
    }
}
