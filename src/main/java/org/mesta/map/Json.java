package org.mesta.map;

import java.util.Collection;

/** Writes JSON strings by hand: the marker wire format is built in a tight loop for 10,000s of markers. */
final class Json {

    private Json() {}

    /** Markers as the browser reads them: [[id, lon, lat, kind, title, popup], …]. */
    static String markers(Collection<MapMarker> list) {
        StringBuilder json = new StringBuilder(list.size() * 64 + 2).append('[');
        boolean first = true;
        for (MapMarker m : list) {
            if (!first) json.append(',');
            first = false;
            json.append('[');
            string(json, m.id());
            json.append(',')
                    .append(m.position().longitude())
                    .append(',')
                    .append(m.position().latitude())
                    .append(',');
            string(json, m.kind());
            json.append(',');
            string(json, m.title());
            json.append(',');
            string(json, m.popup());
            json.append(']');
        }
        return json.append(']').toString();
    }

    /** A JSON array of strings. */
    static String strings(Collection<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            if (json.length() > 1) json.append(',');
            string(json, value);
        }
        return json.append(']').toString();
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
