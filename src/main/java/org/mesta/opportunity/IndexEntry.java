package org.mesta.opportunity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.mesta.map.BoundingBox;

/**
 * One published opportunity as the PublicIndex keeps it: its card, position and filter attributes; times in
 * epoch milliseconds, absent ones open-ended, themes and access needs as bits.
 */
record IndexEntry(
        Card card,
        double latitude,
        double longitude,
        long startsAt,
        long endsAt,
        boolean ongoing,
        Integer ageMin,
        Integer ageMax,
        int themes,
        int access) {

    static final Comparator<IndexEntry> SOONEST_FIRST = Comparator.comparingLong(IndexEntry::startsAt)
            .thenComparingLong(e -> e.card().id());

    /** A row of PublishedOpportunityRepository.indexRows; null for one without a place (online only). */
    static @Nullable IndexEntry of(Object[] r) {
        if (r[1] == null || r[2] == null) {
            return null; // online only: nothing to place in a box
        }
        Instant startsAt = (Instant) r[5], endsAt = (Instant) r[6];
        Card card = new Card(
                (Long) r[0],
                (Double) r[1],
                (Double) r[2],
                (OpportunityType) r[3],
                (Format) r[4],
                startsAt,
                endsAt,
                (Boolean) r[8],
                (String) r[11],
                (String) r[13]);
        return new IndexEntry(
                card,
                (Double) r[1],
                (Double) r[2],
                startsAt == null ? Long.MIN_VALUE : startsAt.toEpochMilli(),
                endsAt == null ? Long.MAX_VALUE : endsAt.toEpochMilli(),
                (Boolean) r[7],
                (Integer) r[9],
                (Integer) r[10],
                mask((String) r[11], Theme.values()),
                mask((String) r[12], AccessFeature.values()));
    }

    boolean matches(PublicQuery q, long now, long from, long to, int theme, int accessWanted) {
        BoundingBox box = q.box();
        return latitude >= box.minLatitude()
                && latitude <= box.maxLatitude()
                && longitude >= box.minLongitude()
                && longitude <= box.maxLongitude()
                && (ongoing || endsAt >= now)
                && (q.type() == null || q.type() == card.type())
                && (q.format() == null || q.format() == card.format())
                && (themes & theme) == theme
                && (access & accessWanted) == accessWanted
                && (!q.freeOnly() || card.free())
                && (q.age() == null || ((ageMin == null || ageMin <= q.age()) && (ageMax == null || ageMax >= q.age())))
                && (ongoing || endsAt >= from)
                && (ongoing || startsAt <= to);
    }

    /** A query's filter with its dates and sets worked out once, not per entry. */
    record Filter(PublicQuery q, long now, long from, long to, int theme, int access) {

        Filter(PublicQuery q, Instant now) {
            this(
                    q,
                    now.toEpochMilli(),
                    q.from() == null
                            ? Long.MIN_VALUE
                            : q.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                    q.to() == null
                            ? Long.MAX_VALUE
                            : q.to().plusDays(1)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant()
                                    .toEpochMilli(),
                    q.theme() == null ? 0 : 1 << q.theme().ordinal(),
                    q.access() == null ? 0 : 1 << q.access().ordinal());
        }

        boolean accepts(IndexEntry e) {
            return e.matches(q, now, from, to, theme, access);
        }
    }

    /** ",MENTAL_HEALTH,INCLUSION," as bits by the enum's order. */
    private static int mask(String list, Enum<?>[] values) {
        int mask = 0;
        if (list != null) {
            for (Enum<?> v : values) {
                if (list.contains("," + v.name() + ",")) mask |= 1 << v.ordinal();
            }
        }
        return mask;
    }
}
