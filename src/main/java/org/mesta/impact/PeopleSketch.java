package org.mesta.impact;

import com.dynatrace.hash4j.distinctcount.UltraLogLog;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * A distinct count of people (accounts or organisations) that merges: UltraLogLog with 2^12 registers (4 KB). Its
 * estimate has a relative standard error of about 1.2 % (measured: 1.0-1.2 % from 50 to 100,000 ids, at most 5 % in
 * 200 trials of each); below a few dozen people it is almost always exact. Adding an id twice changes nothing, so a
 * sketch can be fed again from the same rows.
 */
final class PeopleSketch {

    static final int PRECISION = 12;
    private static final Hasher64 HASH = Hashing.komihash5_0();

    private final UltraLogLog ull;

    private PeopleSketch(UltraLogLog ull) {
        this.ull = ull;
    }

    static PeopleSketch empty() {
        return new PeopleSketch(UltraLogLog.create(PRECISION));
    }

    /** A stored sketch; a copy, so merging into it leaves the stored bytes alone. */
    static PeopleSketch of(byte[] state) {
        return new PeopleSketch(UltraLogLog.wrap(state.clone()));
    }

    PeopleSketch add(long id) {
        ull.add(HASH.hashLongToLong(id));
        return this;
    }

    PeopleSketch add(PeopleSketch other) {
        ull.add(other.ull);
        return this;
    }

    long estimate() {
        return Math.round(ull.getDistinctCountEstimate());
    }

    byte[] bytes() {
        return ull.getState();
    }
}
