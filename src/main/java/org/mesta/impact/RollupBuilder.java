package org.mesta.impact;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mesta.impact.ImpactRollups.People;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the impact rollups (see V29): a whole city rebuilt from its awards, or one award's change applied. Every
 * write first locks the city's row, so that two nodes issuing in one city, or a rebuild and an award, take turns on
 * the city's sketches (a sketch is read, merged and written back) instead of losing one another's people.
 */
@Component
class RollupBuilder {

    private static final String MONTH = ImpactQueries.month("a.issued_at");
    /** Issued (not revoked), accepted, and accepted and on the holder's profile, as ImpactQueries counted them. */
    private static final String COUNTS = " COUNT(*), SUM(CASE WHEN w.state = 'ACCEPTED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN w.state = 'ACCEPTED' AND w.visibility = 'PROFILE' THEN 1 ELSE 0 END)"
            + " FROM award a LEFT JOIN wallet_entry w ON w.award_id = a.id WHERE a.revoked_at IS NULL";

    private record Key(int month, String theme, String kind) {}

    private record NewAward(long badge, int month, @Nullable Long recipient, long organisation, long city) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EntityManager entities;
    /** The key of the transaction's new awards among its resources. */
    private final Object newAwards = new Object();

    RollupBuilder(JdbcClient jdbc, JdbcTemplate template, EntityManager entities) {
        this.jdbc = jdbc;
        this.template = template;
        this.entities = entities;
    }

    List<Long> cities() {
        return jdbc.sql("SELECT id FROM city ORDER BY id").query(Long.class).list();
    }

    /** Every rollup row of the city, from all its awards; the city's sketches are built in memory (4 KB each). */
    @Transactional
    public void rebuild(long city) {
        lock(city);
        jdbc.sql("DELETE FROM impact_badge_month WHERE city_id = :city")
                .param("city", city)
                .update();
        jdbc.sql("INSERT INTO impact_badge_month (badge_id, month_key, city_id, issued, accepted, shared)"
                        + " SELECT a.badge_id, " + MONTH + ", :city," + COUNTS
                        + " AND a.badge_id IN (SELECT id FROM badge WHERE city_id = :city)"
                        + " GROUP BY a.badge_id, " + MONTH)
                .param("city", city)
                .update();

        Map<Long, Set<String>> themes = themes(city);
        Map<Key, PeopleSketch> sketches = new HashMap<>();
        jdbc.sql("SELECT a.badge_id, " + MONTH + ", a.recipient_account_id, a.organisation_id FROM award a"
                        + " WHERE a.badge_id IN (SELECT id FROM badge WHERE city_id = :city)")
                .param("city", city)
                .query(rs -> {
                    long account = rs.getLong(3);
                    boolean hasAccount = !rs.wasNull();
                    for (String theme : keys(themes.get(rs.getLong(1)))) {
                        if (hasAccount)
                            sketch(sketches, rs.getInt(2), theme, People.LEARNERS)
                                    .add(account);
                        sketch(sketches, rs.getInt(2), theme, People.PROVIDERS).add(rs.getLong(4));
                    }
                });
        jdbc.sql("DELETE FROM impact_people_month WHERE city_id = :city")
                .param("city", city)
                .update();
        List<Object[]> rows = new ArrayList<>();
        sketches.forEach((k, s) -> rows.add(new Object[] {city, k.month(), k.theme(), k.kind(), s.bytes()}));
        for (int i = 0; i < rows.size(); i += 500) {
            template.batchUpdate(
                    "INSERT INTO impact_people_month (city_id, month_key, theme, kind, sketch) VALUES (?, ?, ?, ?, ?)",
                    rows.subList(i, Math.min(rows.size(), i + 500)));
        }
    }

    /**
     * A new award: noted, and counted with the transaction's other new awards just before it commits. A list of
     * 10,000 awards is one pass (one read and write per sketch), not 10,000 (BadgeBenchmark: bulk issuing must stay
     * within 20 s).
     */
    void awarded(String publicId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            awarded(List.of(publicId));
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) TransactionSynchronizationManager.getResource(newAwards);
        if (pending == null) {
            List<String> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(newAwards, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    countPending();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(newAwards);
                }
            });
            pending = fresh;
        }
        pending.add(publicId);
    }

    /** The transaction's new awards counted now (before it commits; a test that never commits asks for it). */
    void countPending() {
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) TransactionSynchronizationManager.getResource(newAwards);
        if (pending == null || pending.isEmpty()) return;
        // Awards saved through JPA must be in the database before they are read here.
        entities.flush();
        awarded(List.copyOf(pending));
        pending.clear();
    }

    /** New awards: more issued for their badges and months; their recipients and issuers join the sketches. */
    private void awarded(List<String> publicIds) {
        List<NewAward> found = new ArrayList<>();
        for (int i = 0; i < publicIds.size(); i += 500) {
            found.addAll(jdbc.sql("SELECT a.badge_id, " + MONTH
                            + ", a.recipient_account_id, a.organisation_id, b.city_id"
                            + " FROM award a JOIN badge b ON b.id = a.badge_id WHERE a.public_id IN (:ids)")
                    .param("ids", publicIds.subList(i, Math.min(publicIds.size(), i + 500)))
                    .query((rs, n) -> new NewAward(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getObject(3) == null ? null : rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5)))
                    .list());
        }
        // City by city in id order, so that two nodes' transactions take the cities' locks in the same order.
        Map<Long, List<NewAward>> byCity = new TreeMap<>();
        found.forEach(
                a -> byCity.computeIfAbsent(a.city(), c -> new ArrayList<>()).add(a));
        byCity.forEach((city, awards) -> {
            lock(city);
            Map<List<Long>, Long> issued = new HashMap<>();
            awards.forEach(a -> issued.merge(List.of(a.badge(), (long) a.month()), 1L, Long::sum));
            // A new award is neither revoked nor in a wallet yet: more issued, without counting the month again.
            issued.forEach((badgeMonth, n) -> {
                int updated = jdbc.sql("UPDATE impact_badge_month SET issued = issued + :n"
                                + " WHERE badge_id = :badge AND month_key = :month")
                        .param("n", n)
                        .param("badge", badgeMonth.get(0))
                        .param("month", badgeMonth.get(1))
                        .update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO impact_badge_month (badge_id, month_key, city_id, issued, accepted, shared)"
                                    + " VALUES (:badge, :month, :city, :n, 0, 0)")
                            .param("badge", badgeMonth.get(0))
                            .param("month", badgeMonth.get(1))
                            .param("city", city)
                            .param("n", n)
                            .update();
                }
            });
            Map<Long, Set<String>> themes = new HashMap<>();
            awards.stream()
                    .map(NewAward::badge)
                    .distinct()
                    .forEach(badge -> themes.putAll(themes("ob.badge_id = :id", badge)));
            Map<Key, Set<Long>> people = new HashMap<>();
            for (NewAward a : awards) {
                for (String theme : keys(themes.get(a.badge()))) {
                    if (a.recipient() != null) {
                        people.computeIfAbsent(new Key(a.month(), theme, People.LEARNERS.kind), k -> new HashSet<>())
                                .add(a.recipient());
                    }
                    people.computeIfAbsent(new Key(a.month(), theme, People.PROVIDERS.kind), k -> new HashSet<>())
                            .add(a.organisation());
                }
            }
            people.forEach((key, who) -> merge(city, key, who));
        });
    }

    /** An award was revoked, accepted, declined or shown elsewhere: its badge's month is counted again. */
    void changed(long awardId) {
        jdbc.sql("SELECT a.badge_id, " + MONTH + ", b.city_id FROM award a JOIN badge b ON b.id = a.badge_id"
                        + " WHERE a.id = :id")
                .param("id", awardId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getLong(3)})
                .optional()
                .ifPresent(a -> {
                    lock(a[2]);
                    recount(a[0], (int) a[1], a[2]);
                });
    }

    /**
     * The badge's awards of one month counted anew (a few thousand at most, read through the award index). The
     * period around the month lets the index narrow the rows; the month expression decides, as in the figures.
     */
    private void recount(long badge, int month, long city) {
        YearMonth m = ImpactQueries.yearMonth(month);
        jdbc.sql("DELETE FROM impact_badge_month WHERE badge_id = :badge AND month_key = :month")
                .param("badge", badge)
                .param("month", month)
                .update();
        jdbc.sql("INSERT INTO impact_badge_month (badge_id, month_key, city_id, issued, accepted, shared)"
                        + " SELECT :badge, :month, :city," + COUNTS
                        + " AND a.badge_id = :badge AND a.issued_at >= :from AND a.issued_at < :to AND " + MONTH
                        + " = :month GROUP BY a.badge_id")
                .param("badge", badge)
                .param("month", month)
                .param("city", city)
                .param(
                        "from",
                        Timestamp.from(m.minusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .param(
                        "to",
                        Timestamp.from(m.plusMonths(2).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .update();
    }

    private void merge(long city, Key key, Set<Long> who) {
        var stored = jdbc.sql("SELECT sketch FROM impact_people_month WHERE city_id = :city AND month_key = :month"
                        + " AND theme = :theme AND kind = :kind")
                .param("city", city)
                .param("month", key.month())
                .param("theme", key.theme())
                .param("kind", key.kind())
                .query((rs, i) -> rs.getBytes(1))
                .optional();
        String sql = stored.isPresent()
                ? "UPDATE impact_people_month SET sketch = :sketch WHERE city_id = :city AND month_key = :month"
                        + " AND theme = :theme AND kind = :kind"
                : "INSERT INTO impact_people_month (city_id, month_key, theme, kind, sketch)"
                        + " VALUES (:city, :month, :theme, :kind, :sketch)";
        PeopleSketch sketch = stored.map(PeopleSketch::of).orElseGet(PeopleSketch::empty);
        who.forEach(sketch::add);
        jdbc.sql(sql)
                .param("city", city)
                .param("month", key.month())
                .param("theme", key.theme())
                .param("kind", key.kind())
                .param("sketch", sketch.bytes())
                .update();
    }

    /** The city's row, locked until the transaction ends: see the class comment. */
    private void lock(long city) {
        jdbc.sql("SELECT id FROM city WHERE id = :city FOR UPDATE")
                .param("city", city)
                .query(Long.class)
                .optional();
    }

    /** The themes of the opportunities each badge of the city is linked to. */
    private Map<Long, Set<String>> themes(long city) {
        return themes("bb.city_id = :id", city);
    }

    private Map<Long, Set<String>> themes(String where, long id) {
        Map<Long, Set<String>> themes = new HashMap<>();
        jdbc.sql("SELECT DISTINCT ob.badge_id, t.theme FROM opportunity_badge ob JOIN badge bb ON bb.id = ob.badge_id"
                        + " JOIN opportunity_theme t ON t.opportunity_id = ob.opportunity_id WHERE " + where)
                .param("id", id)
                .query((rs, i) -> themes.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        return themes;
    }

    /** Every award counts in the all-themes sketch and in each of its badge's themes. */
    private static List<String> keys(@Nullable Set<String> themes) {
        List<String> keys = new ArrayList<>();
        keys.add(ImpactRollups.ALL_THEMES);
        if (themes != null) keys.addAll(themes);
        return keys;
    }

    private static PeopleSketch sketch(Map<Key, PeopleSketch> sketches, int month, String theme, People people) {
        return sketches.computeIfAbsent(new Key(month, theme, people.kind), k -> PeopleSketch.empty());
    }
}
