package org.mesta.impact;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.opportunity.Theme;

/** The period (whole months, both included) and an optional theme the figures are narrowed to. */
public record ImpactFilter(
        YearMonth from, YearMonth to, @Nullable Theme theme) {

    /** Nobody needs more than this at once; it also bounds what an anonymous visitor can ask for. */
    public static final int MAX_MONTHS = 60;

    public ImpactFilter {
        if (to.isBefore(from)) {
            YearMonth t = from;
            from = to;
            to = t;
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            from = to.minusMonths(MAX_MONTHS - 1);
        }
    }

    /** The default: the last twelve months, this one included. */
    public static ImpactFilter lastYear(Clock clock, @Nullable Theme theme) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return new ImpactFilter(now.minusMonths(11), now, theme);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
