package org.mesta.impact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A bar, stacked bar or line chart drawn in the browser by Apache ECharts (see frontend mesta-chart.ts), set from
 * Java: category labels and named series of numbers. It is an image to assistive technology (role="img") with a
 * summary as its label; views put the same numbers beside it as a table.
 */
@Tag("mesta-chart")
@JsModule("./mesta-chart.ts")
@NpmPackage(value = "echarts", version = "6.1.0")
public class ImpactChart extends Component implements HasSize, HasStyle {

    public enum Kind {
        BAR,
        STACKED,
        LINE
    }

    public record Series(String name, List<Long> values) {}

    public ImpactChart() {
        getElement().setAttribute("role", "img");
        addClassName("impact-chart");
        setWidthFull();
    }

    /** Draws the numbers; {@code summary} becomes the chart's accessible name. */
    public void show(Kind kind, List<String> categories, List<Series> series, String summary) {
        getElement().setProperty("kind", kind.name().toLowerCase(Locale.ROOT));
        getElement().setProperty("data", json(categories, series));
        getElement().setAttribute("aria-label", summary);
    }

    public String summary() {
        return getElement().getAttribute("aria-label");
    }

    static String json(List<String> categories, List<Series> series) {
        String cats = categories.stream().map(ImpactChart::quote).collect(Collectors.joining(",", "[", "]"));
        String ser = series.stream()
                .map(s -> "{\"name\":" + quote(s.name()) + ",\"values\":"
                        + s.values().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"categories\":" + cats + ",\"series\":" + ser + "}";
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
