package org.mesta.impact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The impact figures as aggregate SQL (COUNT / SUM … GROUP BY): the database counts, no rows are loaded. This is a
 * reporting read model and so reads the tables of other features (opportunity, badge, wallet, pathway, campaign)
 * directly, read-only: going through their services would load every row, which at a network's size (a million
 * awards) cannot answer in time. Only the column names are shared. The awards themselves are too many even for
 * aggregates (a city's year is some 100,000 rows, seconds per pass): their figures come from the rollups
 * ({@link ImpactRollups}).
 */
@Component
class ImpactQueries {

    /** What every query is narrowed to: [from, to) as the stored timestamps, the theme, the city (null: all). */
    record Bounds(
            Timestamp from,
            Timestamp to,
            Timestamp now,
            @Nullable String theme,
            @Nullable Long city) {

        static Bounds of(ImpactFilter f, @Nullable Long city, Clock clock) {
            Instant start = f.from().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = f.to().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            return new Bounds(
                    Timestamp.from(start),
                    Timestamp.from(end),
                    Timestamp.from(clock.instant()),
                    f.theme() == null ? null : f.theme().name(),
                    city);
        }

        String city(String column) {
            return city == null ? "" : " AND " + column + " = :city";
        }

        String theme(String clause) {
            return theme == null ? "" : " AND " + clause;
        }
    }

    /** Per badge: awards issued (not revoked), accepted into a wallet, and shown on the holder's public profile. */
    record BadgeCounts(long badgeId, long issued, long accepted, long shared) {}

    private static final String MONTH = "(YEAR(%1$s) * 100 + MONTH(%1$s))";
    static final String OPPORTUNITY_THEME =
            "EXISTS (SELECT 1 FROM opportunity_theme t WHERE t.opportunity_id = %s AND t.theme = :theme)";
    private static final String BADGE_THEME = "EXISTS (SELECT 1 FROM opportunity_badge ob JOIN opportunity_theme t"
            + " ON t.opportunity_id = ob.opportunity_id WHERE ob.badge_id = %s AND t.theme = :theme)";

    /**
     * Awards and applications are narrowed through their badge: the city's (and theme's) badges are a handful, and
     * the index on (badge_id, issued_at, …) then reads only that city's rows in the period. Joining the badge table
     * instead let the planner walk every award of the period in the network (a million rows at the network's size,
     * seconds per figure) and test each one's badge.
     */
    static String badgesOf(Bounds b, String column) {
        if (b.city() == null && b.theme() == null) return "";
        return " AND " + column + " IN (SELECT bc.id FROM badge bc WHERE 1 = 1" + b.city("bc.city_id")
                + b.theme(BADGE_THEME.formatted("bc.id")) + ")";
    }

    private final JdbcClient jdbc;

    ImpactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String month(String column) {
        return MONTH.formatted(column);
    }

    static YearMonth yearMonth(Number key) {
        int k = key.intValue();
        return YearMonth.of(k / 100, k % 100);
    }

    private JdbcClient.StatementSpec sql(String sql, Bounds b) {
        return jdbc.sql(sql)
                .param("from", b.from())
                .param("to", b.to())
                .param("now", b.now())
                .param("theme", b.theme())
                .param("city", b.city());
    }

    private Map<String, Long> keyed(String sql, Bounds b) {
        Map<String, Long> counts = new LinkedHashMap<>();
        sql(sql, b).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private Map<YearMonth, Long> monthly(String sql, Bounds b) {
        Map<YearMonth, Long> counts = new HashMap<>();
        sql(sql, b)
                .query((rs, i) -> counts.put(yearMonth(rs.getInt(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    private Map<Long, Long> perCity(String sql, Bounds b) {
        Map<Long, Long> counts = new HashMap<>();
        sql(sql, b).query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    private static String published(Bounds b) {
        return " FROM published_opportunity p WHERE p.published_at >= :from AND p.published_at < :to"
                + b.city("p.city_id") + b.theme(OPPORTUNITY_THEME.formatted("p.opportunity_id"));
    }

    Map<String, Long> opportunitiesByTheme(Bounds b) {
        return keyed(
                "SELECT ot.theme, COUNT(*) FROM published_opportunity p JOIN opportunity_theme ot"
                        + " ON ot.opportunity_id = p.opportunity_id"
                        + " WHERE p.published_at >= :from AND p.published_at < :to" + b.city("p.city_id")
                        + b.theme("ot.theme = :theme") + " GROUP BY ot.theme",
                b);
    }

    Map<String, Long> opportunitiesByType(Bounds b) {
        return keyed("SELECT p.type, COUNT(*)" + published(b) + " GROUP BY p.type", b);
    }

    Map<YearMonth, Long> opportunitiesByMonth(Bounds b) {
        String m = month("p.published_at");
        return monthly("SELECT " + m + ", COUNT(*)" + published(b) + " GROUP BY " + m, b);
    }

    /** Sessions held: started in the period (and before now) with someone checked in; their check-ins. */
    private static String heldSessions(Bounds b) {
        return " FROM joining_session s JOIN opportunity o ON o.id = s.opportunity_id"
                + " JOIN joining_participant jp ON jp.session_id = s.id AND jp.checked_in_at IS NOT NULL"
                + " WHERE s.starts_at >= :from AND s.starts_at < :to AND s.starts_at < :now" + b.city("o.city_id")
                + b.theme(OPPORTUNITY_THEME.formatted("o.id"));
    }

    Map<YearMonth, long[]> sessions(Bounds b) {
        String m = month("s.starts_at");
        Map<YearMonth, long[]> counts = new HashMap<>();
        sql("SELECT " + m + ", COUNT(DISTINCT s.id), COUNT(*)" + heldSessions(b) + " GROUP BY " + m, b)
                .query((rs, i) -> counts.put(yearMonth(rs.getInt(1)), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list();
        return counts;
    }

    /** The themes of the opportunities each badge is linked to (a badge may serve several). */
    Map<Long, Set<String>> badgeThemes(Collection<Long> badgeIds) {
        Map<Long, Set<String>> themes = new HashMap<>();
        for (List<Long> chunk : chunks(badgeIds)) {
            jdbc.sql("SELECT DISTINCT ob.badge_id, t.theme FROM opportunity_badge ob JOIN opportunity_theme t"
                            + " ON t.opportunity_id = ob.opportunity_id WHERE ob.badge_id IN (:ids)")
                    .param("ids", chunk)
                    .query((rs, i) -> themes.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getString(2)))
                    .list();
        }
        return themes;
    }

    /** Each badge's skills and tags as stored (comma-separated). */
    Map<Long, String> badgeTags(Collection<Long> badgeIds) {
        Map<Long, String> tags = new HashMap<>();
        for (List<Long> chunk : chunks(badgeIds)) {
            jdbc.sql("SELECT id, tags FROM badge WHERE id IN (:ids)")
                    .param("ids", chunk)
                    .query((rs, i) -> tags.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return tags;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    /** Campaigns that ran at some time in the period: created before its end, not ended before its start. */
    private static String campaigns(Bounds b) {
        return " FROM campaign c WHERE c.created_at < :to AND (c.ends_on IS NULL OR c.ends_on >= :from)"
                + b.city("c.city_id")
                + b.theme("EXISTS (SELECT 1 FROM campaign_theme ct WHERE ct.campaign_id = c.id AND ct.theme = :theme)");
    }

    Map<String, Long> campaignsByStage(Bounds b) {
        return keyed("SELECT c.stage, COUNT(*)" + campaigns(b) + " GROUP BY c.stage", b);
    }

    /** Summed outcomes: people reached, decision makers, events held, media mentions, artworks. */
    long[] campaignOutcomes(Bounds b) {
        return sql(
                        "SELECT COALESCE(SUM(c.people_reached), 0), COALESCE(SUM(c.decision_makers), 0),"
                                + " COALESCE(SUM(c.events_held), 0), COALESCE(SUM(c.media_mentions), 0),"
                                + " COALESCE(SUM(c.artworks), 0)" + campaigns(b),
                        b)
                .query((rs, i) ->
                        new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
    }

    Map<Long, Long> opportunitiesPerCity(Bounds b) {
        return perCity("SELECT p.city_id, COUNT(*)" + published(b) + " GROUP BY p.city_id", b);
    }

    Set<Figure> published(long cityId) {
        Set<Figure> figures = new HashSet<>();
        jdbc.sql("SELECT figure FROM impact_publication WHERE city_id = :city")
                .param("city", cityId)
                .query(String.class)
                .list()
                .forEach(f -> {
                    try {
                        figures.add(Figure.valueOf(f));
                    } catch (IllegalArgumentException retired) {
                        // a figure no longer shown: ignore it
                    }
                });
        return figures;
    }

    void publish(long cityId, Set<Figure> figures) {
        jdbc.sql("DELETE FROM impact_publication WHERE city_id = :city")
                .param("city", cityId)
                .update();
        for (Figure f : figures) {
            jdbc.sql("INSERT INTO impact_publication (city_id, figure) VALUES (:city, :figure)")
                    .param("city", cityId)
                    .param("figure", f.name())
                    .update();
        }
    }
}
