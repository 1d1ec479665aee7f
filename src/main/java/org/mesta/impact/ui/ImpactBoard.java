package org.mesta.impact.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.impact.Figure;
import org.mesta.impact.ImpactFilter;
import org.mesta.impact.ImpactService.Figures;

/** The figures of one dashboard: the period's totals, one panel per figure, and how each is counted. */
class ImpactBoard extends Composite<Div> {

    final List<FigurePanel> panels = new ArrayList<>();

    ImpactBoard() {
        getContent().addClassNames("impact-board");
        getContent().setId("impact-board");
    }

    void show(Figures figures, ImpactFilter filter, @Nullable String citySlug, String filePrefix) {
        show(figures, filter, citySlug, filePrefix, ImpactDownloads.Limit.NONE);
    }

    /** As above, each download counted by {@code limit} (the public page's visitors). */
    void show(
            Figures figures,
            ImpactFilter filter,
            @Nullable String citySlug,
            String filePrefix,
            ImpactDownloads.Limit limit) {
        Div board = getContent();
        board.removeAll();
        panels.clear();
        Paragraph period = new Paragraph(getTranslation(
                "impact.period",
                FigureTable.dateRange(filter, getLocale()),
                filter.theme() == null
                        ? getTranslation("impact.filter.all-themes")
                        : getTranslation(filter.theme().translationKey())));
        period.setId("impact-period");
        board.add(period);

        Div totals = new Div();
        totals.addClassName("impact-totals");
        if (figures.charts().containsKey(Figure.ACTIVE_LEARNERS)) {
            totals.add(total("total-learners", getTranslation("impact.total.learners", figures.activeLearners())));
        }
        if (figures.charts().containsKey(Figure.PROVIDERS)) {
            totals.add(total("total-providers", getTranslation("impact.total.providers", figures.providers())));
        }
        board.add(totals);
        // Distinct people come from mergeable sketches (see ImpactService.Figures): the reader is told they estimate.
        if (figures.charts().containsKey(Figure.ACTIVE_LEARNERS)
                || figures.charts().containsKey(Figure.PROVIDERS)) {
            Paragraph estimated = new Paragraph(getTranslation("impact.total.estimated"));
            estimated.setId("impact-estimated");
            estimated.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            board.add(estimated);
        }

        Div grid = new Div();
        grid.addClassName("impact-grid");
        for (Figure f : Figure.values()) {
            var chart = figures.charts().get(f);
            if (chart == null) continue;
            FigurePanel panel = new FigurePanel(FigureTable.of(chart, this), filter, citySlug, filePrefix, limit);
            panels.add(panel);
            grid.add(panel);
        }
        board.add(grid);

        Div definitions = new Div();
        for (Figure f : Figure.values()) {
            if (figures.charts().containsKey(f)) {
                definitions.add(new Paragraph(
                        getTranslation(f.translationKey()) + ": " + getTranslation("impact.definition." + f.slug())));
            }
        }
        Details how = new Details(getTranslation("impact.definitions"), definitions);
        how.setId("impact-definitions");
        board.add(how);
    }

    private static Span total(String id, String text) {
        Span s = new Span(text);
        s.setId(id);
        s.addClassNames("impact-total");
        return s;
    }
}
