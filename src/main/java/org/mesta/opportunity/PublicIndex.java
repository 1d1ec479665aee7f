package org.mesta.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public map's working set in memory, per city: position, filter attributes and card of every published
 * opportunity (past ones too, so what "ended by now" means is the same on every node). Viewport questions are
 * the busiest public traffic; filtering a city's few thousand rows in memory takes microseconds where a query
 * takes milliseconds (see bin/benchmark).
 * <p>
 * A city's set is reloaded after this node publishes or withdraws there, and otherwise when the database's
 * stamp for the city (how many rows, latest publication) has changed — checked at most once a second, so
 * other nodes' changes show within a second. The filter is the same as the one the repository used to run.
 */
@Component
class PublicIndex {

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final PublishedOpportunityRepository published;
    private final Map<Long, Snapshot> cities = new ConcurrentHashMap<>();
    private volatile CityList cityList = new CityList(List.of(), 0);

    PublicIndex(PublishedOpportunityRepository published) {
        this.published = published;
    }

    /** What changes whenever the public answer may change: the rows, and which of them have ended by now. */
    record Version(String tag, Instant lastModified) {}

    private record Stamp(long count, Instant last) {}

    private record CityList(List<Long> ids, long checkedAt) {}

    private static final class Snapshot {
        final Stamp stamp;
        /** Soonest first, as the public lists show them. */
        final List<IndexEntry> entries;
        /** The end times of the entries that end, ascending: how many have ended by now is one binary search. */
        final long[] ends;

        volatile long checkedAt;
        /** Whether a thread is asking the database for the city's stamp right now. */
        final AtomicBoolean rechecking = new AtomicBoolean();

        Snapshot(Stamp stamp, List<IndexEntry> entries, long checkedAt) {
            this.stamp = stamp;
            this.entries = entries;
            this.ends = entries.stream()
                    .filter(e -> !e.ongoing() && e.endsAt() != Long.MAX_VALUE)
                    .mapToLong(IndexEntry::endsAt)
                    .sorted()
                    .toArray();
            this.checkedAt = checkedAt;
        }

        int endedBy(long now) {
            int i = Arrays.binarySearch(ends, now);
            // entries ending exactly now are still current (endsAt >= now)
            if (i >= 0) {
                while (i > 0 && ends[i - 1] == now) i--;
                return i;
            }
            return -i - 1;
        }
    }

    /** The first {@code q.limit()} matches, soonest first. */
    List<Card> cards(PublicQuery q, Instant now) {
        List<Card> found = new ArrayList<>();
        for (IndexEntry e : matching(q, now, q.limit())) {
            found.add(e.card());
        }
        return found;
    }

    /**
     * For crowded viewports: when more than {@code limit} match, the matches grouped in square cells of
     * {@code cell} degrees aligned to multiples of it (count and mean position per cell), counted in one pass
     * without collecting them; otherwise empty, and the caller asks for cards.
     */
    List<Cluster> clustersIfMoreThan(PublicQuery q, Instant now, double cell) {
        IndexEntry.Filter f = new IndexEntry.Filter(q, now);
        Map<Long, double[]> cells = new HashMap<>();
        int total = 0;
        for (Snapshot s : snapshots(q.cityId())) {
            for (IndexEntry e : s.entries) {
                if (!f.accepts(e)) continue;
                int row = (int) Math.floor(e.latitude() / cell), col = (int) Math.floor(e.longitude() / cell);
                long key = ((long) row << 32) | (col & 0xffffffffL);
                double[] sums = cells.computeIfAbsent(key, k -> new double[3]);
                sums[0]++;
                sums[1] += e.latitude();
                sums[2] += e.longitude();
                total++;
            }
        }
        if (total <= q.limit()) {
            return List.of();
        }
        List<Cluster> clusters = new ArrayList<>(cells.size());
        cells.values().forEach(c -> clusters.add(new Cluster((int) c[0], c[1] / c[0], c[2] / c[0])));
        return clusters;
    }

    /** Up to {@code max} matches, soonest first. */
    private List<IndexEntry> matching(PublicQuery q, Instant now, int max) {
        IndexEntry.Filter f = new IndexEntry.Filter(q, now);
        List<Snapshot> sets = snapshots(q.cityId());
        List<IndexEntry> found = new ArrayList<>();
        if (sets.size() == 1) {
            for (IndexEntry e : sets.getFirst().entries) {
                if (f.accepts(e) && found.add(e) && found.size() >= max) break;
            }
            return found;
        }
        for (Snapshot s : sets) {
            for (IndexEntry e : s.entries) {
                if (f.accepts(e)) found.add(e);
            }
        }
        found.sort(IndexEntry.SOONEST_FIRST);
        return found.size() > max ? found.subList(0, max) : found;
    }

    Version version(Long cityId, Instant now) {
        long count = 0, ended = 0;
        Instant last = Instant.EPOCH;
        for (Snapshot s : snapshots(cityId)) {
            count += s.stamp.count();
            int endedHere = s.endedBy(now.toEpochMilli());
            ended += endedHere;
            Instant lastChange = s.stamp.last() == null ? Instant.EPOCH : s.stamp.last();
            if (endedHere > 0) {
                lastChange = max(lastChange, Instant.ofEpochMilli(s.ends[endedHere - 1]));
            }
            last = max(last, lastChange);
        }
        return new Version(Long.toHexString(last.toEpochMilli()) + "-" + count + "-" + ended, last);
    }

    /** After the surrounding transaction commits (so a reload sees the change), the city's set is read again. */
    void changed(long cityId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(cityId);
                }
            });
        } else {
            forget(cityId);
        }
    }

    private void forget(long cityId) {
        cities.remove(cityId);
        cityList = new CityList(cityList.ids(), 0);
    }

    private List<Snapshot> snapshots(Long cityId) {
        if (cityId != null) {
            return List.of(snapshot(cityId));
        }
        CityList list = cityList;
        if (System.nanoTime() - list.checkedAt() > RECHECK_NANOS) {
            list = new CityList(published.publishedCities(), System.nanoTime());
            cityList = list;
        }
        return list.ids().stream().map(this::snapshot).toList();
    }

    private Snapshot snapshot(long cityId) {
        Snapshot s = cities.get(cityId);
        long now = System.nanoTime();
        if (s != null && now - s.checkedAt < RECHECK_NANOS) {
            return s;
        }
        // One thread asks the database; the others answer from the set they have meanwhile, instead of all asking
        // at once every second (with hundreds of request threads that queued them for the pool's connections).
        if (s != null && !s.rechecking.compareAndSet(false, true)) {
            return s;
        }
        try {
            Stamp stamp = stamp(cityId);
            if (s != null && s.stamp.equals(stamp)) {
                s.checkedAt = System.nanoTime();
                return s;
            }
            Snapshot fresh = load(cityId, stamp, System.nanoTime());
            cities.put(cityId, fresh);
            return fresh;
        } finally {
            if (s != null) {
                s.rechecking.set(false);
            }
        }
    }

    private Stamp stamp(long cityId) {
        Object[] row = published.stamp(cityId).getFirst();
        return new Stamp(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    private Snapshot load(long cityId, Stamp stamp, long checkedAt) {
        List<IndexEntry> entries = new ArrayList<>();
        for (Object[] r : published.indexRows(cityId)) {
            IndexEntry e = IndexEntry.of(r);
            if (e != null) {
                entries.add(e);
            }
        }
        entries.sort(IndexEntry.SOONEST_FIRST);
        return new Snapshot(stamp, List.copyOf(entries), checkedAt);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
