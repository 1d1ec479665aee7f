package org.mesta.impact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.mesta.campaign.Stage;
import org.mesta.impact.Chart;
import org.mesta.impact.Figure;
import org.mesta.impact.ImpactFilter;
import org.mesta.impact.ImpactService;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.Theme;

/**
 * One figure's numbers with their labels in the reader's language: what the chart, the table and the downloads all
 * show, so the three never differ.
 */
record FigureTable(
        Figure figure, String title, String axis, List<String> labels, List<String> keys, List<Named> series) {

    record Named(String key, String name, List<Long> values) {}

    static FigureTable of(Chart chart, Component i18n) {
        Figure f = chart.figure();
        Locale locale = localeOf(i18n);
        List<String> labels = new ArrayList<>();
        for (String key : chart.categories()) {
            labels.add(label(f, key, i18n, locale));
        }
        List<Named> series = chart.series().stream()
                .map(s -> new Named(s.key(), i18n.getTranslation("impact.series." + s.key()), s.values()))
                .toList();
        return new FigureTable(
                f,
                i18n.getTranslation(f.translationKey()),
                i18n.getTranslation("impact.axis." + axis(f)),
                labels,
                chart.categories(),
                series);
    }

    static Locale localeOf(Component c) {
        return c.getUI()
                .map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null
                        ? Locale.ENGLISH
                        : UI.getCurrent().getLocale());
    }

    static String axis(Figure f) {
        return switch (f) {
            case OPPORTUNITIES_BY_THEME, BADGES_BY_THEME -> "theme";
            case OPPORTUNITIES_BY_TYPE -> "type";
            case BADGES_BY_SKILL -> "skill";
            case CAMPAIGNS_BY_STAGE -> "stage";
            case CAMPAIGN_OUTCOMES -> "outcome";
            case OPPORTUNITIES_BY_MONTH, SESSIONS, ACTIVE_LEARNERS, PROVIDERS -> "month";
        };
    }

    private static String label(Figure f, String key, Component i18n, Locale locale) {
        try {
            return switch (axis(f)) {
                case "theme" ->
                    ImpactService.NO_THEME.equals(key)
                            ? i18n.getTranslation("impact.no-theme")
                            : i18n.getTranslation(Theme.valueOf(key).translationKey());
                case "type" -> i18n.getTranslation(OpportunityType.valueOf(key).translationKey());
                case "skill" -> i18n.getTranslation("skill." + key);
                case "stage" -> i18n.getTranslation(Stage.valueOf(key).translationKey());
                case "outcome" -> i18n.getTranslation("impact.outcome." + key);
                default -> month(YearMonth.parse(key), locale);
            };
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException unknown) {
            return key;
        }
    }

    static String month(YearMonth m, Locale locale) {
        return m.atDay(1).format(DateTimeFormatter.ofPattern("LLL yyyy", locale));
    }

    static String dateRange(ImpactFilter f, Locale locale) {
        return month(f.from(), locale) + " – " + month(f.to(), locale);
    }

    boolean empty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }

    /** A sentence for screen readers: the title and the largest value of the first series. */
    String summary(Component i18n) {
        if (labels.isEmpty() || empty()) {
            return title + ". " + i18n.getTranslation("impact.no-data");
        }
        Named first = series.getFirst();
        int top = 0;
        long total = 0;
        for (int i = 0; i < first.values().size(); i++) {
            total += first.values().get(i);
            if (first.values().get(i) > first.values().get(top)) top = i;
        }
        return i18n.getTranslation(
                "impact.chart.summary",
                title,
                first.name(),
                total,
                labels.get(top),
                first.values().get(top));
    }

    /** What every JSON download states first: {@code "from":…,"to":…,"theme":…} (a theme's name or null). */
    static void period(StringBuilder out, ImpactFilter filter) {
        out.append("\"from\":").append(ImpactChart.quote(filter.from().toString()));
        out.append(",\"to\":").append(ImpactChart.quote(filter.to().toString()));
        out.append(",\"theme\":")
                .append(
                        filter.theme() == null
                                ? "null"
                                : ImpactChart.quote(filter.theme().name()));
    }

    /** Spreadsheet-safe CSV: a header, then one line per category; cells that would run as formulas defused. */
    String csv() {
        List<List<?>> records = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(axis));
        series.forEach(s -> header.add(s.name()));
        records.add(header);
        for (int i = 0; i < labels.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(labels.get(i)));
            for (Named s : series) {
                row.add(s.values().get(i));
            }
            records.add(row);
        }
        return csv(records);
    }

    /** CSV lines (CRLF) of texts and numbers; every text through {@link #safe}, numbers as they are. */
    static String csv(List<? extends List<?>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (List<?> record : records) {
                csv.printRecord(record.stream()
                        .map(cell -> cell instanceof Number n ? String.valueOf(n) : safe(String.valueOf(cell)))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would take for a formula (=, +, -, @, tab, return) starts with an apostrophe. */
    static String safe(String cell) {
        if (cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    String json(ImpactFilter filter, @Nullable String city) {
        StringBuilder out = new StringBuilder("{");
        out.append("\"figure\":").append(ImpactChart.quote(figure.slug()));
        out.append(",\"title\":").append(ImpactChart.quote(title));
        out.append(",\"city\":")
                .append(city == null ? "null" : ImpactChart.quote(city))
                .append(',');
        period(out, filter);
        out.append(",\"categories\":[");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) out.append(',');
            out.append("{\"key\":").append(ImpactChart.quote(keys.get(i)));
            out.append(",\"label\":").append(ImpactChart.quote(labels.get(i))).append('}');
        }
        out.append("],\"series\":[");
        for (int i = 0; i < series.size(); i++) {
            Named s = series.get(i);
            if (i > 0) out.append(',');
            out.append("{\"key\":").append(ImpactChart.quote(s.key()));
            out.append(",\"name\":").append(ImpactChart.quote(s.name()));
            out.append(",\"values\":").append(s.values()).append('}');
        }
        return out.append("]}").toString();
    }
}
