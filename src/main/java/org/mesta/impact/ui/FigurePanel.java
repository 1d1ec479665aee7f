package org.mesta.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import org.jspecify.annotations.Nullable;
import org.mesta.impact.Figure;
import org.mesta.impact.ImpactFilter;

/** One figure: its title, the chart, the same numbers as a table, and those numbers as CSV and JSON. */
class FigurePanel extends Composite<Section> {

    final ImpactChart chart = new ImpactChart();
    final NativeTable table = new NativeTable();
    final Anchor csv = new Anchor();
    final Anchor json = new Anchor();
    final FigureTable numbers;

    FigurePanel(
            FigureTable numbers,
            ImpactFilter filter,
            @Nullable String city,
            String filePrefix,
            ImpactDownloads.Limit limit) {
        this.numbers = numbers;
        Section section = getContent();
        section.addClassName("impact-figure");
        section.setId("figure-" + numbers.figure().slug());
        H2 title = new H2(numbers.title());
        title.setId("figure-title-" + numbers.figure().slug());
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        chart.show(
                kind(numbers.figure()),
                numbers.labels(),
                numbers.series().stream()
                        .map(s -> new ImpactChart.Series(s.name(), s.values()))
                        .toList(),
                numbers.summary(this));

        table.addClassName("impact-table");
        NativeTableRow head = table.getHead().addRow();
        table.setCaptionText(numbers.title() + " (" + FigureTable.dateRange(filter, getLocale()) + ")");
        head.addHeaderCell().setText(numbers.axis());
        numbers.series().forEach(s -> head.addHeaderCell().setText(s.name()));
        for (int i = 0; i < numbers.labels().size(); i++) {
            NativeTableRow row = table.getBody().addRow();
            var label = row.addHeaderCell();
            label.setText(numbers.labels().get(i));
            label.getElement().setAttribute("scope", "row");
            for (FigureTable.Named s : numbers.series()) {
                var cell = row.addDataCell();
                cell.setText(String.valueOf(s.values().get(i)));
                cell.addClassName("impact-number");
            }
        }
        Div tableWrap = new Div(table);
        tableWrap.addClassName("impact-table-wrap");
        Details asTable = new Details(getTranslation("impact.show-table"), tableWrap);
        asTable.setId("table-" + numbers.figure().slug());

        String file = filePrefix + "-" + numbers.figure().slug();
        ImpactDownloads.csv(csv, numbers.csv(), file, limit);
        csv.setText(getTranslation("impact.download.csv"));
        csv.getElement().setAttribute("aria-label", getTranslation("impact.download.csv-of", numbers.title()));
        csv.setId("csv-" + numbers.figure().slug());
        ImpactDownloads.json(json, numbers.json(filter, city), file, limit);
        json.setText(getTranslation("impact.download.json"));
        json.getElement().setAttribute("aria-label", getTranslation("impact.download.json-of", numbers.title()));
        json.setId("json-" + numbers.figure().slug());
        Div downloads = new Div(csv, json);
        downloads.addClassName("impact-downloads");

        section.add(title, chart, asTable, downloads);
    }

    static ImpactChart.Kind kind(Figure f) {
        return switch (f.kind()) {
            case BAR -> ImpactChart.Kind.BAR;
            case STACKED -> ImpactChart.Kind.STACKED;
            case LINE -> ImpactChart.Kind.LINE;
        };
    }
}
