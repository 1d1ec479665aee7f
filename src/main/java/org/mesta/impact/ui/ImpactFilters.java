package org.mesta.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.impact.ImpactFilter;
import org.mesta.opportunity.Theme;

/**
 * The period (from month, to month) and theme above a dashboard. They live in the URL's query (?from=2025-01&to=
 * 2025-12&theme=INCLUSION), so a filtered view can be shared: a change navigates, the view reads the query.
 */
class ImpactFilters extends Composite<Div> {

    static final int MONTHS_OFFERED = 36;

    final Select<YearMonth> from = new Select<>();
    final Select<YearMonth> to = new Select<>();
    final Select<Theme> theme = new Select<>();
    /** Other query parameters the view keeps (the chosen city on the network admin's city dashboard). */
    private final Map<String, String> kept = new HashMap<>();

    ImpactFilters(Clock clock) {
        Div bar = getContent();
        bar.addClassName("impact-filters");
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS_OFFERED - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        for (Select<YearMonth> s : List.of(from, to)) {
            s.setItems(months);
            s.setItemLabelGenerator(m -> FigureTable.month(m, getLocale()));
        }
        from.setLabel(getTranslation("impact.filter.from"));
        from.setId("impact-from");
        to.setLabel(getTranslation("impact.filter.to"));
        to.setId("impact-to");
        theme.setLabel(getTranslation("impact.filter.theme"));
        theme.setId("impact-theme");
        theme.setItems(Arrays.asList(Theme.values()));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("impact.filter.all-themes"));
        theme.setItemLabelGenerator(
                t -> t == null ? getTranslation("impact.filter.all-themes") : getTranslation(t.translationKey()));
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) apply();
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) apply();
        });
        theme.addValueChangeListener(e -> {
            if (e.isFromClient()) apply();
        });
        bar.add(from, to, theme);
    }

    /** Reads the filter from the query, defaulting to the last twelve months and every theme. */
    ImpactFilter read(QueryParameters query, Clock clock) {
        ImpactFilter fallback = ImpactFilter.lastYear(clock, null);
        YearMonth f = month(query, "from").orElse(fallback.from());
        YearMonth t = month(query, "to").orElse(fallback.to());
        Theme th = query.getSingleParameter("theme")
                .flatMap(v -> Arrays.stream(Theme.values())
                        .filter(x -> x.name().equals(v))
                        .findFirst())
                .orElse(null);
        ImpactFilter filter = new ImpactFilter(f, t, th);
        showValue(from, filter.from());
        showValue(to, filter.to());
        theme.setValue(filter.theme());
        return filter;
    }

    private static void showValue(Select<YearMonth> select, YearMonth m) {
        if (select.getListDataView().getItems().noneMatch(m::equals)) {
            List<YearMonth> items =
                    new ArrayList<>(select.getListDataView().getItems().toList());
            items.add(m);
            items.sort(null);
            select.setItems(items);
        }
        select.setValue(m);
    }

    private static Optional<YearMonth> month(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(v -> {
            try {
                return Optional.of(YearMonth.parse(v));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    void keep(String name, @Nullable String value) {
        if (value == null) kept.remove(name);
        else kept.put(name, value);
    }

    QueryParameters query() {
        Map<String, String> q = new HashMap<>(kept);
        if (from.getValue() != null) q.put("from", from.getValue().toString());
        if (to.getValue() != null) q.put("to", to.getValue().toString());
        if (theme.getValue() != null) q.put("theme", theme.getValue().name());
        return QueryParameters.simple(q);
    }

    void apply() {
        UI ui = UI.getCurrent();
        String path = ui.getInternals().getActiveViewLocation().getPath();
        ui.navigate(path, query());
    }
}
