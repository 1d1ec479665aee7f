package org.mesta.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.mesta.base.ui.ClientTime;

/**
 * The pieces every workspace is built of: figures that link to their list, blocks of a few rows, and empty
 * states that say what to do next. Plain links (not buttons) so that every count can be opened in a new tab.
 */
final class Dashboard {

    private Dashboard() {}

    /** The address of a view, for links that carry a query (RouterLink cannot). */
    static String url(Class<? extends Component> view) {
        return RouteConfiguration.forSessionScope().getUrl(view);
    }

    static <T, C extends Component & HasUrlParameter<T>> String url(Class<? extends C> view, T parameter) {
        return RouteConfiguration.forSessionScope().getUrl(view, parameter);
    }

    /** A count with what it counts; the whole tile opens the list it counts (a plain tile when the reader has none). */
    static HtmlContainer figure(String id, long count, String label, String href) {
        Span number = new Span(count > 99 ? "99+" : String.valueOf(count));
        number.addClassNames("mesta-figure-number");
        Span what = new Span(label);
        what.addClassNames("mesta-figure-label");
        HtmlContainer tile = href == null ? new Div(number, what) : new Anchor(href, number, what);
        tile.setId(id);
        tile.addClassNames("mesta-figure");
        if (count > 0) tile.addClassNames("mesta-figure-some");
        return tile;
    }

    static Div figures(Component... figures) {
        Div row = new Div(figures);
        row.addClassNames("mesta-figures");
        return row;
    }

    static Section block(String id, String title, Component... content) {
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        Section block = new Section(heading);
        block.add(content);
        block.setId(id);
        block.addClassNames("mesta-card", "mesta-block");
        block.getElement().setAttribute("aria-labelledby", id + "-title");
        return block;
    }

    static Div blocks(Component... blocks) {
        Div grid = new Div(blocks);
        grid.addClassNames("mesta-blocks");
        return grid;
    }

    /** What is missing, and the one thing to do about it. */
    static Div empty(String text, Component... actions) {
        Paragraph words = new Paragraph(text);
        words.addClassNames(LumoUtility.Margin.NONE);
        Div empty = new Div(words);
        empty.add(actions);
        empty.addClassNames("mesta-empty");
        return empty;
    }

    /** A link styled as the block's next step. */
    static Anchor action(String text, String href) {
        Anchor a = new Anchor(href, text);
        a.addClassNames("mesta-action");
        return a;
    }

    static UnorderedList rows() {
        UnorderedList list = new UnorderedList();
        list.addClassNames("mesta-rows");
        return list;
    }

    /** One row: a linked title and a line of detail under it. */
    static ListItem row(String title, String href, String detail) {
        ListItem item = new ListItem(new Anchor(href, title));
        if (detail != null && !detail.isBlank()) {
            Span line = new Span(detail);
            line.addClassNames("mesta-row-detail");
            item.add(line);
        }
        return item;
    }

    static String dateTime(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ClientTime.zone())
                .format(at);
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }
}
