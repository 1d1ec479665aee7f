package org.mesta.impact;

import java.util.Locale;

/** The impact figures a dashboard shows, each one chart; a city publishes any of them on its public page. */
public enum Figure {
    OPPORTUNITIES_BY_THEME(Kind.BAR),
    OPPORTUNITIES_BY_TYPE(Kind.BAR),
    OPPORTUNITIES_BY_MONTH(Kind.LINE),
    SESSIONS(Kind.BAR),
    BADGES_BY_THEME(Kind.BAR),
    BADGES_BY_SKILL(Kind.BAR),
    ACTIVE_LEARNERS(Kind.LINE),
    CAMPAIGNS_BY_STAGE(Kind.BAR),
    CAMPAIGN_OUTCOMES(Kind.BAR),
    PROVIDERS(Kind.LINE);

    /** How the chart draws it. */
    public enum Kind {
        BAR,
        STACKED,
        LINE
    }

    private final Kind kind;

    Figure(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Its name in URLs, files and the stored publication choice. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String translationKey() {
        return "impact.figure." + slug();
    }
}
