package org.mesta.impact;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mesta.impact.ImpactQueries.BadgeCounts;
import org.mesta.impact.ImpactQueries.Bounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The award figures read from the rollups (impact_badge_month, impact_people_month; see {@link RollupBuilder}): a
 * year of a city is twelve rows per badge and a few dozen sketches, where the awards themselves are a hundred
 * thousand rows (seconds per pass on H2). Check-ins, applications, publications and sessions are few per city and
 * stay exact queries; their people are folded into the award sketches here, so a distinct person counts once.
 */
@Component
class ImpactRollups {

    /** Who was active: the award sketch's {@code kind} and the exact union of the other tables' rows. */
    enum People {
        LEARNERS("L"),
        PROVIDERS("P");

        final String kind;

        People(String kind) {
            this.kind = kind;
        }
    }

    /** Each month's sketch and, per city, the whole period's. */
    record Active(Map<YearMonth, PeopleSketch> months, Map<Long, PeopleSketch> cities) {

        PeopleSketch total() {
            PeopleSketch all = PeopleSketch.empty();
            months.values().forEach(all::add);
            return all;
        }

        Map<YearMonth, Long> perMonth() {
            Map<YearMonth, Long> counts = new HashMap<>();
            months.forEach((m, s) -> counts.put(m, s.estimate()));
            return counts;
        }

        Map<Long, Long> perCity() {
            Map<Long, Long> counts = new HashMap<>();
            cities.forEach((c, s) -> counts.put(c, s.estimate()));
            return counts;
        }

        private void add(YearMonth month, long city, PeopleSketch s) {
            months.computeIfAbsent(month, k -> PeopleSketch.empty()).add(s);
            cities.computeIfAbsent(city, k -> PeopleSketch.empty()).add(s);
        }

        private void add(YearMonth month, long city, long who) {
            months.computeIfAbsent(month, k -> PeopleSketch.empty()).add(who);
            cities.computeIfAbsent(city, k -> PeopleSketch.empty()).add(who);
        }
    }

    /** The theme key of the sketches that cover every theme. */
    static final String ALL_THEMES = "";

    private final JdbcClient jdbc;

    ImpactRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static int monthKey(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    private static int firstMonth(Bounds b) {
        return monthKey(YearMonth.from(b.from().toInstant().atOffset(ZoneOffset.UTC)));
    }

    private static int lastMonth(Bounds b) {
        return monthKey(YearMonth.from(b.to().toInstant().minusNanos(1).atOffset(ZoneOffset.UTC)));
    }

    private JdbcClient.StatementSpec sql(String sql, Bounds b) {
        return jdbc.sql(sql)
                .param("m1", firstMonth(b))
                .param("m2", lastMonth(b))
                .param("from", b.from())
                .param("to", b.to())
                .param("now", b.now())
                .param("theme", b.theme())
                .param("city", b.city());
    }

    private static String counted(Bounds b) {
        return " FROM impact_badge_month r WHERE r.month_key >= :m1 AND r.month_key <= :m2" + b.city("r.city_id")
                + ImpactQueries.badgesOf(b, "r.badge_id");
    }

    /** Per badge: awards issued in the period (not revoked), accepted, shared; as ImpactQueries counted them. */
    List<BadgeCounts> awardsPerBadge(Bounds b) {
        return sql(
                        "SELECT r.badge_id, SUM(r.issued), SUM(r.accepted), SUM(r.shared)" + counted(b)
                                + " GROUP BY r.badge_id",
                        b)
                .query((rs, i) -> new BadgeCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    Map<Long, Long> awardsPerCity(Bounds b) {
        Map<Long, Long> counts = new HashMap<>();
        sql("SELECT r.city_id, SUM(r.issued)" + counted(b) + " GROUP BY r.city_id", b)
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /**
     * Active learners (recipients of awards, people checked in, applicants) or providers active (issuers,
     * publishers, organisers of a session held), per month and per city, of the period, theme and city.
     */
    Active active(Bounds b, People people) {
        Active active = new Active(new HashMap<>(), new HashMap<>());
        sql(
                        "SELECT s.month_key, s.city_id, s.sketch FROM impact_people_month s WHERE s.month_key >= :m1"
                                + " AND s.month_key <= :m2 AND s.kind = :kind AND s.theme = :key" + b.city("s.city_id"),
                        b)
                .param("kind", people.kind)
                .param("key", b.theme() == null ? ALL_THEMES : b.theme())
                .query((rs, i) -> {
                    active.add(ImpactQueries.yearMonth(rs.getInt(1)), rs.getLong(2), PeopleSketch.of(rs.getBytes(3)));
                    return null;
                })
                .list();
        sql(people == People.LEARNERS ? otherLearners(b) : otherProviders(b), b)
                .query((rs, i) -> {
                    active.add(ImpactQueries.yearMonth(rs.getInt(1)), rs.getLong(2), rs.getLong(3));
                    return null;
                })
                .list();
        return active;
    }

    /** People checked in at a session or applying for a badge (the awards are in the sketches). */
    private static String otherLearners(Bounds b) {
        return "SELECT DISTINCT x.m, x.c, x.who FROM (SELECT " + ImpactQueries.month("jp.checked_in_at")
                + " m, o.city_id c, jp.account_id who FROM joining_participant jp"
                + " JOIN joining_session s ON s.id = jp.session_id JOIN opportunity o ON o.id = s.opportunity_id"
                + " WHERE jp.account_id IS NOT NULL AND jp.checked_in_at >= :from AND jp.checked_in_at < :to"
                + b.city("o.city_id") + b.theme(ImpactQueries.OPPORTUNITY_THEME.formatted("o.id"))
                + " UNION ALL SELECT " + ImpactQueries.month("ba.submitted_at")
                + " m, bb.city_id c, ba.account_id who FROM badge_application ba JOIN badge bb ON bb.id = ba.badge_id"
                + " WHERE ba.account_id IS NOT NULL AND ba.submitted_at >= :from AND ba.submitted_at < :to"
                + ImpactQueries.badgesOf(b, "ba.badge_id") + ") x";
    }

    /** Organisations that published an opportunity or held a session (the issuers are in the sketches). */
    private static String otherProviders(Bounds b) {
        return "SELECT DISTINCT x.m, x.c, x.org FROM (SELECT " + ImpactQueries.month("p.published_at")
                + " m, p.city_id c, p.organisation_id org FROM published_opportunity p"
                + " WHERE p.published_at >= :from AND p.published_at < :to" + b.city("p.city_id")
                + b.theme(ImpactQueries.OPPORTUNITY_THEME.formatted("p.opportunity_id"))
                + " UNION ALL SELECT " + ImpactQueries.month("s.starts_at")
                + " m, o.city_id c, o.organisation_id org FROM joining_session s"
                + " JOIN opportunity o ON o.id = s.opportunity_id"
                + " WHERE s.starts_at >= :from AND s.starts_at < :to AND s.starts_at < :now" + b.city("o.city_id")
                + b.theme(ImpactQueries.OPPORTUNITY_THEME.formatted("o.id")) + ") x";
    }
}
