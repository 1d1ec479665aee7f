package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.mesta.campaign.BoardService.BoardCard;

/**
 * The campaigns on a time line: one row per dated campaign, a bar from its start to its end across the months
 * they span, the dates also written out (the bar is decoration for sighted readers). Undated ones are listed.
 */
class TimelinePanel extends Div {

    TimelinePanel() {
        addClassName("campaign-timeline");
    }

    void show(List<BoardCard> cards, LongConsumer open) {
        removeAll();
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<BoardCard> dated = cards.stream()
                .filter(c -> c.startsOn() != null)
                .sorted(Comparator.comparing(BoardCard::startsOn))
                .toList();
        if (!dated.isEmpty()) {
            YearMonth first = YearMonth.from(dated.getFirst().startsOn());
            YearMonth last = dated.stream()
                    .map(c -> YearMonth.from(end(c)))
                    .max(Comparator.naturalOrder())
                    .orElse(first);
            LocalDate from = first.atDay(1);
            long days = ChronoUnit.DAYS.between(from, last.atEndOfMonth()) + 1;
            Div months = new Div();
            months.addClassName("timeline-months");
            months.getElement().setAttribute("aria-hidden", "true");
            DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLL yyyy", getLocale());
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                Span label = new Span(m.format(monthName));
                label.getStyle().set("width", percent(m.lengthOfMonth(), days));
                months.add(label);
            }
            add(months);
            for (BoardCard c : dated) {
                Div row = new Div();
                row.addClassName("timeline-row");
                Button name = new Button(c.title(), e -> open.accept(c.id()));
                name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Span when = new Span(getTranslation(
                        "campaign.timeline.dates",
                        c.startsOn().format(date),
                        end(c).format(date),
                        getTranslation(c.stage().translationKey())));
                when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                Div track = new Div();
                track.addClassName("timeline-track");
                Div bar = new Div();
                bar.addClassName("timeline-bar");
                bar.addClassName("stage-" + c.stage().name().toLowerCase(Locale.ROOT));
                bar.getStyle().set("margin-left", percent(ChronoUnit.DAYS.between(from, c.startsOn()), days));
                bar.getStyle().set("width", percent(ChronoUnit.DAYS.between(c.startsOn(), end(c)) + 1, days));
                track.add(bar);
                row.add(name, when, track);
                add(row);
            }
        }
        List<BoardCard> undated =
                cards.stream().filter(c -> c.startsOn() == null).toList();
        if (!undated.isEmpty()) {
            H2 heading = new H2(getTranslation("campaign.timeline.undated"));
            heading.addClassNames(LumoUtility.FontSize.MEDIUM);
            add(heading);
            Div list = new Div();
            list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
            undated.forEach(c -> {
                Button name = new Button(c.title(), e -> open.accept(c.id()));
                name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                list.add(name);
            });
            add(list);
        }
        if (cards.isEmpty()) {
            add(new Span(getTranslation("campaign.none")));
        }
    }

    private static LocalDate end(BoardCard c) {
        return c.endsOn() == null || c.endsOn().isBefore(c.startsOn()) ? c.startsOn() : c.endsOn();
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * part / whole);
    }
}
