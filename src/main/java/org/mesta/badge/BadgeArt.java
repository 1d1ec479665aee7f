package org.mesta.badge;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The badge designer's bundled assets (put into the build by bin/fetch-badge-assets): fonts (SIL OFL) and
 * the Material Design Icons (Apache-2.0), read once from the class path.
 */
public final class BadgeArt {

    private static final String ROOT = "/badge-assets/";
    private static volatile Map<String, String> icons;
    private static final Map<BadgeDesign.Font, Font[]> FONTS = new EnumMap<>(BadgeDesign.Font.class);

    private BadgeArt() {}

    /** The bold (titles) and regular (subtitles) cut of a bundled font. */
    static synchronized Font font(BadgeDesign.Font font, boolean bold) {
        Font[] pair = FONTS.computeIfAbsent(font, f -> switch (f) {
            case ATKINSON ->
                new Font[] {load("AtkinsonHyperlegible_700Bold.ttf"), load("AtkinsonHyperlegible_400Regular.ttf")};
            case NUNITO -> new Font[] {load("Nunito_800ExtraBold.ttf"), load("Nunito_600SemiBold.ttf")};
            case ROBOTO_SLAB -> new Font[] {load("RobotoSlab_700Bold.ttf"), load("RobotoSlab_400Regular.ttf")};
        });
        return bold ? pair[0] : pair[1];
    }

    /**
     * The chosen font, or another bundled one when the chosen one lacks letters of {@code words}: Atkinson Hyperlegible
     * has no Cyrillic, and a Macedonian or Serbian badge must not lose its letters.
     */
    static Font font(BadgeDesign.Font font, boolean bold, String words) {
        Font chosen = font(font, bold);
        if (words == null || chosen.canDisplayUpTo(words) < 0) return chosen;
        for (BadgeDesign.Font other : BadgeDesign.Font.values()) {
            Font candidate = font(other, bold);
            if (candidate.canDisplayUpTo(words) < 0) return candidate;
        }
        return chosen;
    }

    private static Font load(String file) {
        try (InputStream in = BadgeArt.class.getResourceAsStream(ROOT + "fonts/" + file)) {
            if (in == null)
                throw new IllegalStateException("missing badge font " + file + " (see bin/fetch-badge-assets)");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("unreadable badge font " + file, e);
        }
    }

    /** The SVG path (24 × 24 units) of an icon, by its kebab-case name, e.g. "heart-pulse". */
    public static Optional<String> icon(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(icons().get(name));
    }

    /** Icon names containing every word of the search, shortest first. */
    public static List<String> searchIcons(String query, int limit) {
        String[] words =
                (query == null ? "" : query).toLowerCase(Locale.ROOT).trim().split("[\\s-]+");
        List<String> found = new ArrayList<>();
        for (String name : icons().keySet()) {
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && !name.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) found.add(name);
        }
        found.sort((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
        return found.subList(0, Math.min(limit, found.size()));
    }

    public static int iconCount() {
        return icons().size();
    }

    private static Map<String, String> icons() {
        Map<String, String> loaded = icons;
        if (loaded == null) {
            synchronized (BadgeArt.class) {
                if (icons == null) icons = readIcons();
                loaded = icons;
            }
        }
        return loaded;
    }

    /** mdi.js has one line per icon: export var mdiHeartPulse = "M…"; */
    private static Map<String, String> readIcons() {
        try (InputStream in = BadgeArt.class.getResourceAsStream(ROOT + "mdi.js")) {
            if (in == null) throw new IllegalStateException("missing mdi.js (see bin/fetch-badge-assets)");
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("export var mdi(\\w+) = \"([^\"]+)\";").matcher(js);
            Map<String, String> byName = new LinkedHashMap<>();
            while (m.find()) {
                byName.put(kebab(m.group(1)), m.group(2));
            }
            return Collections.unmodifiableMap(byName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
